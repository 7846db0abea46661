import { confirmedBy, type HistoryRecord } from '../cache/history.js'
import type { LinkReasonCode, LinkVerdict } from '../types.js'

/** What judging a verdict by history needs: the run's time and settings. */
export interface HistoryJudgement {
  now: number
  confirmAfter: number
}

/** Failures the URL itself decides: no site being down for a day can change them, and no other address of it would do. */
export const decidedByUrl: ReadonlySet<LinkReasonCode> = new Set([
  'private-address',
  'unsupported-scheme',
  'invalid-url'
])

/**
 * A verdict of this run's requests, judged by the URL's history (with a
 * cache file): a failing one learns since when it has failed (`failing`);
 * a `broken` one stays `broken` only when it is confirmed (the link was
 * added or changed, `changed`; an earlier run found it broken at least
 * `confirmAfter` ago; or the URL itself decides), and is otherwise
 * `unverifiable` (`unconfirmed`), with when it was first seen failing.
 *
 * @example
 *   withHistory(broken404, false, undefined, { now, confirmAfter: 86_400_000 }).reason
 *   // '404 Not Found; failed once, first seen 2026-12-06'
 */
export function withHistory<Place>(
  verdict: LinkVerdict<Place>,
  changed: boolean,
  prior: HistoryRecord | undefined,
  { now, confirmAfter }: HistoryJudgement
): LinkVerdict<Place> {
  if (verdict.attempts === 0 || (verdict.verdict !== 'broken' && verdict.verdict !== 'unverifiable')) return verdict
  const failing = { since: prior?.firstFailedAt ?? now, runs: (prior?.failedRuns ?? 0) + 1 }
  const judged: LinkVerdict<Place> = { ...verdict, failing }
  const confirmed =
    changed || confirmAfter === 0 || decidedByUrl.has(verdict.reasonCode) || confirmedBy(prior, now, confirmAfter)
  if (verdict.verdict === 'broken' && !confirmed) {
    judged.verdict = 'unverifiable'
    judged.reasonCode = 'unconfirmed'
    const times = failing.runs === 1 ? 'once' : `${failing.runs} times`
    judged.reason = `${verdict.reason}; failed ${times}, first seen ${isoDate(failing.since)}`
  }
  return judged
}

/** `2026-12-06`: a date in UTC, as messages and reports show it. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
