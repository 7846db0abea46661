import type { ChainResult } from '../request/chain.js'
import type { PageAnchors } from '../request/fragments.js'
import { findFragment } from '../request/fragments.js'
import type { FragmentResult, LinkReasonCode, LinkRedirect, LinkVerdict, QuietFailure } from '../types.js'

/** What one request chain (or the cache, or the deadline) found of a page. */
export type PageOutcome = 'ok' | 'broken' | 'unverifiable' | 'redirected' | 'unchecked'

/** How a page (a URL without fragment) stands: its own result, or none yet. */
export interface PageResult {
  outcome: PageOutcome
  reasonCode: LinkReasonCode
  reason: string
  status?: number
  redirects: LinkRedirect[]
  movedTo?: string
  /** A fresh `ok` or `redirected` result that is not what the link meant. */
  quiet?: QuietFailure
  /** For a `broken` `http:` page: its `https:` form, which answered this run. */
  httpsAnswers?: string
  /** Worth another try: network errors, timeouts, 408, 429, 5xx. */
  transient: boolean
  errorCode?: string
}

/**
 * Where a page is in its check. One state at a time, changed only by
 * `PageChecks` (`page-checks.ts`, which draws the transitions):
 *
 * - `new`: added, not yet looked up in the cache (it is still loading);
 * - `queued`: in its host's queue in the scheduler, waiting for a slot;
 * - `waiting`: until `until` (a `Retry-After` or a backoff), or, for its
 *   last retry, until the run's end (`untilEnd`) and `until`;
 * - `running`: holds a slot and sends its request chain (then its quiet-failure checks);
 * - `parked`: no result, and the network is down: it runs again when the network is back;
 * - `done`: its result is final for the run.
 */
export type PageState = 'new' | 'queued' | 'waiting' | 'running' | 'parked' | 'done'

/**
 * One page to request. A large library has tens of thousands: a page holds
 * strings and numbers, not a `URL` (made again for each attempt), and its
 * sets only once they have something in them.
 */
export interface Page<Place> {
  /** The normalized URL without fragment. */
  key: string
  /** Host name, lower case, one string per host. */
  host: string
  /** Fragments the links to this page ask for (only with `checkFragments`). */
  fragments: Set<string> | undefined
  links: Array<Link<Place>>
  state: PageState
  /** In `waiting`: not before this time (ms since epoch); a `Retry-After` also holds for the last retry. */
  until: number
  /** In `waiting`: the last retry, held until the run's end. */
  untilEnd: boolean
  result: PageResult | undefined
  /** Where the result comes from: the cache file, or this run's requests (which the cache learns from). */
  source: 'cache' | 'request' | undefined
  anchors: PageAnchors | undefined
  /** Fragments the cache knows are on the page. */
  cachedFragments: ReadonlySet<string> | undefined
  /** Request chains run (the retries included). */
  attempts: number
}

/** One unique URL (with fragment). */
// Every field is set when the object is made (`undefined` until known), so
// that V8 keeps them in the object, not in a second array per object.
export interface Link<Place> {
  url: string
  places: Place[]
  page: Page<Place> | undefined
  fragment: string | undefined
  /** A verdict known without any request: excluded, invalid, unsupported scheme. */
  settled: LinkVerdict<Place> | undefined
  /** The verdict as given to `onVerdict`: final, the report repeats it. */
  given: LinkVerdict<Place> | undefined
  /** Added or changed by the change under check: a failure is confirmed at once. */
  changed: boolean
  outOfShard: boolean
  done: boolean
}

export function pageResultOf(result: ChainResult): PageResult {
  const pageResult: PageResult = {
    outcome: result.outcome,
    reasonCode: result.reasonCode,
    reason: result.reason,
    redirects: result.redirects,
    transient: result.kind === 'failure' && result.transient
  }
  if (result.status !== undefined) pageResult.status = result.status
  if (result.kind === 'success' && result.movedTo !== undefined) pageResult.movedTo = result.movedTo
  if (result.kind === 'failure' && result.errorCode !== undefined) pageResult.errorCode = result.errorCode
  return pageResult
}

/** The result of a page the run ended before checking. */
export function unchecked(reason: string): PageResult {
  return { outcome: 'unchecked', reasonCode: 'deadline', reason, redirects: [], transient: false }
}

export function fragmentResult<Place>(fragment: string, page: Page<Place>): FragmentResult {
  if (page.cachedFragments?.has(fragment)) return { id: fragment, state: 'found' }
  if (page.anchors) return findFragment(fragment, page.anchors)
  return { id: fragment, state: 'unknown' }
}

/** A page not yet checked, with its first link. */
export function newPage<Place>(key: string, host: string, link: Link<Place>): Page<Place> {
  return {
    key,
    host,
    fragments: undefined,
    links: [link],
    state: 'new',
    until: 0,
    untilEnd: false,
    result: undefined,
    source: undefined,
    anchors: undefined,
    cachedFragments: undefined,
    attempts: 0
  }
}

/** A page the run waits for: a `new` page counts from `start`, a `waiting` one while it waits for a time. */
export function isBusy(page: Page<unknown>): boolean {
  return (
    page.state === 'new' ||
    page.state === 'queued' ||
    page.state === 'running' ||
    (page.state === 'waiting' && !page.untilEnd)
  )
}

/** Whether a page that answered must be fetched again for the anchors its links ask for. */
export function needsAnchors(page: Page<unknown>): boolean {
  if (page.anchors !== undefined || page.result === undefined) return false
  if (page.result.outcome !== 'ok' && page.result.outcome !== 'redirected') return false
  return [...(page.fragments ?? [])].some((fragment) => !page.cachedFragments?.has(fragment))
}
