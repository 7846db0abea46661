/**
 * Since when a link diagnostic's link has been failing, as `@roadmap/lint`
 * says it with the link cache's history: `failing since 2026-11-30` (it failed
 * in earlier runs too) or `first seen 2026-12-07` (found broken, not yet
 * confirmed by a run a day later). `undefined` for a first failure, or a run
 * without the cache. Read from the message because the JSON report carries no
 * more than the message (`failing-since.test.ts` holds the two together).
 *
 * @example
 *   failingSince('Cannot verify `https://a.example/`: 503 …, failing since 2026-11-23; check it by hand')
 *   // '2026-11-23'
 */
export function failingSince(message: string): string | undefined {
  const date = /\b(?:failing since|first seen) (\d{4}-\d{2}-\d{2})\b/.exec(message)?.[1]
  return date !== undefined && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : undefined
}

/**
 * How long a link has failed, for the report: `2026-11-23 (13 days)`, or
 * `2026-12-06 (today)`; whole days in UTC up to `now`.
 *
 * @example
 *   describeFailing('2026-11-23', new Date('2026-12-06T04:30:00Z')) // '2026-11-23 (13 days)'
 */
export function describeFailing(since: string, now: Date): string {
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(`${since}T00:00:00Z`)) / 86_400_000))
  return `${since} (${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'}`})`
}
