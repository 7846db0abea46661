// A URL's recent outcomes, kept in the cache file between runs: since when
// and in how many runs it has failed, and where it last redirected for good.
// History only ever makes a failure count sooner or names where to look: it
// never spares a request, never makes a link `ok`, and never chooses what
// `--fix` writes (a target from a file is a suggestion, never a fix).

/** How a URL has fared in the runs before this one. */
export interface HistoryRecord {
  /** The run that first failed since the URL last answered (ms since epoch). */
  firstFailedAt?: number
  /** The last run that failed. */
  lastFailedAt?: number
  /** Runs that failed since the URL last answered. */
  failedRuns?: number
  /** The first of those runs that found it `broken` (not only unverifiable). */
  brokenSince?: number
  /** The target of the last permanent redirect a run followed, and when. */
  movedTo?: { url: string; at: number }
}

/** What a run found of a page, as history keeps it. */
export type RunOutcome = { kind: 'answered'; movedTo?: string } | { kind: 'failed'; broken: boolean }

/** A record older than this (its last event) is dropped when the cache is saved. */
export const historyMaxAge = 90 * 24 * 60 * 60 * 1000

/**
 * The record after a run with `outcome` at `now`: a failure adds a run and
 * keeps the first date; an answer forgets the failures (a link that
 * recovers is forgotten) and keeps only where a permanent redirect led.
 * `undefined` when nothing is left to keep.
 *
 * @example
 *   nextRecord(undefined, { kind: 'failed', broken: true }, 1000)
 *   // { firstFailedAt: 1000, lastFailedAt: 1000, failedRuns: 1, brokenSince: 1000 }
 */
export function nextRecord(
  prior: HistoryRecord | undefined,
  outcome: RunOutcome,
  now: number
): HistoryRecord | undefined {
  if (outcome.kind === 'answered') {
    return outcome.movedTo === undefined ? undefined : { movedTo: { url: outcome.movedTo, at: now } }
  }
  const record: HistoryRecord = {
    firstFailedAt: prior?.firstFailedAt ?? now,
    lastFailedAt: now,
    failedRuns: (prior?.failedRuns ?? 0) + 1
  }
  const brokenSince = prior?.brokenSince ?? (outcome.broken ? now : undefined)
  if (brokenSince !== undefined) record.brokenSince = brokenSince
  if (prior?.movedTo) record.movedTo = prior.movedTo
  return record
}

/** The last time anything happened to the URL, for expiry. */
export function lastEventOf(record: HistoryRecord): number {
  return Math.max(record.lastFailedAt ?? 0, record.movedTo?.at ?? 0)
}

/**
 * Whether a `broken` result of this run is confirmed by history: an
 * earlier run found the URL broken at least `confirmAfter` ago, and it has
 * not answered since.
 */
export function confirmedBy(prior: HistoryRecord | undefined, now: number, confirmAfter: number): boolean {
  return prior?.brokenSince !== undefined && now - prior.brokenSince >= confirmAfter
}
