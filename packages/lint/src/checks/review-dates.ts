/** A calendar day, `YYYY-MM-DD`, compared as days since 1970-01-01 (UTC). */
export function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, day)
  const back = new Date(time)
  // `Date.UTC` rolls 2026-02-30 over into March: a day that does not exist is no date.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined
  return time / 86_400_000
}

/** Today's date in UTC, `YYYY-MM-DD`: the default of the rules' `today` option. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** The same day `months` months later (the last day of the month when it has fewer days). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, last))
  return target.toISOString().slice(0, 10)
}

/** What a step's `reviewed` date says today. */
export type ReviewState =
  | { state: 'missing' }
  | { state: 'invalid' }
  | { state: 'future' }
  | { state: 'current' }
  | { state: 'due'; due: string }

/**
 * Whether a step reviewed on `reviewed` is due for another review on
 * `today`: it is once `maxAgeMonths` months have passed.
 *
 * @example
 *   reviewState('2025-12-05', { today: '2026-12-05', maxAgeMonths: 12 }) // { state: 'due', due: '2026-12-05' }
 */
export function reviewState(
  reviewed: string | undefined,
  { today, maxAgeMonths }: { today: string; maxAgeMonths: number }
): ReviewState {
  if (reviewed === undefined) return { state: 'missing' }
  const day = dayNumber(reviewed)
  const now = dayNumber(today) ?? 0
  if (day === undefined) return { state: 'invalid' }
  if (day > now) return { state: 'future' }
  const due = addMonths(reviewed, maxAgeMonths)
  return (dayNumber(due) ?? 0) <= now ? { state: 'due', due } : { state: 'current' }
}

/** What an `<!-- expires: YYYY-MM-DD -->` marker says today. */
export type ExpiryState =
  | { state: 'invalid' }
  | { state: 'ok' }
  | { state: 'soon'; days: number }
  | { state: 'passed'; days: number }

/** The date of an `expires` marker comment, or `undefined` when the comment is another. */
export function expiresMarker(comment: string): string | undefined {
  return /^<!--\s*expires:\s*(\S*)\s*-->$/i.exec(comment.trim())?.[1]
}

/**
 * Whether a claim marked to expire on `expires` has expired on `today`
 * (`passed`, from that day on) or will within `warnDays` days (`soon`).
 *
 * @example
 *   expiryState('2026-12-20', { today: '2026-12-05', warnDays: 30 }) // { state: 'soon', days: 15 }
 */
export function expiryState(expires: string, { today, warnDays }: { today: string; warnDays: number }): ExpiryState {
  const day = dayNumber(expires)
  if (day === undefined) return { state: 'invalid' }
  const days = day - (dayNumber(today) ?? 0)
  if (days <= 0) return { state: 'passed', days: Math.max(0, -days) }
  return days <= warnDays ? { state: 'soon', days } : { state: 'ok' }
}
