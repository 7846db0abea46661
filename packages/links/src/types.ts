/**
 * What checking a URL found.
 *
 * - `ok`: the page answered 2xx (possibly after temporary redirects).
 * - `broken`: 404, 410, unknown host, connection refused, redirect loop,
 *   refused private address, unsupported scheme, TLS certificate error.
 * - `redirected`: a permanent redirect (301, 308) in the chain; `finalUrl`
 *   is where the link should point.
 * - `unverifiable`: the site would not say (401, 403, 429 past its retries,
 *   999, a bot challenge, timeouts, 5xx after retries); or, with a cache, a
 *   link found broken but not yet confirmed (`unconfirmed`: see `confirmAfter`).
 * - `skipped`: nothing decided: the URL matched an `exclude` pattern
 *   (`reasonCode: 'excluded'`), the run's deadline passed first (`deadline`)
 *   or the network is down (`network-unreachable`).
 */
export type LinkVerdictKind = 'ok' | 'broken' | 'redirected' | 'unverifiable' | 'skipped'

export const linkVerdictKinds: ReadonlyArray<LinkVerdictKind> = [
  'ok',
  'broken',
  'redirected',
  'unverifiable',
  'skipped'
]

/** Why a URL got its verdict, for callers that match on it (the message wording may change). */
export type LinkReasonCode =
  | 'ok'
  | 'accepted'
  | 'excluded'
  | 'moved-permanently'
  | 'status'
  | 'invalid-url'
  | 'unsupported-scheme'
  | 'unknown-host'
  | 'connection-refused'
  | 'private-address'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'invalid-redirect'
  | 'tls'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'challenge'
  | 'blocked'
  | 'server-error'
  | 'timeout'
  | 'connection-reset'
  | 'dns'
  | 'network'
  | 'protocol'
  | 'deadline'
  | 'network-unreachable'
  | 'unconfirmed'

/** One redirect response on the way to the final URL. */
export interface LinkRedirect {
  /** The URL that answered with a redirect. */
  url: string
  status: number
  /** Where it pointed (resolved, without fragment). */
  to: string
}

/**
 * A page that answers, but not with what the link meant: a quiet failure.
 * Found on fresh `ok` and `redirected` results (never on cached ones: such
 * a result is not cached), unless the URL matches `ignoreQuietFailures`.
 *
 * - `soft-404`: the page answers like a made-up path beside it (same status,
 *   near-identical text): the site says "not found" with a `2xx`.
 * - `redirect-home`: a link to a page deep in a site redirects to a home page.
 * - `redirect-login`: the link redirects to a login page.
 * - `parked-domain`: the domain shows a parking or "for sale" page.
 */
export type QuietFailureKind = 'soft-404' | 'redirect-home' | 'redirect-login' | 'parked-domain'

export const quietFailureKinds: ReadonlyArray<QuietFailureKind> = [
  'soft-404',
  'redirect-home',
  'redirect-login',
  'parked-domain'
]

export interface QuietFailure {
  kind: QuietFailureKind
  /** How it was decided, said of the link: ``redirects to `https://example.com/`, a home page``, `is a parking page`. */
  reason: string
}

/**
 * Where to look instead of a link, and how sure the checker is:
 * - `certain` (`redirect`): the target of a permanent redirect this run
 *   followed; `roadmap-lint --fix` writes only these;
 * - `likely`: the link's `https:` form, which answered this run (`https`),
 *   or where the link redirected for good in an earlier run, from the cache
 *   (`earlier-redirect`);
 * - `possible` (`archive`): the Internet Archive's address for the URL,
 *   built, not fetched.
 */
export interface LinkSuggestion {
  url: string
  certainty: 'certain' | 'likely' | 'possible'
  source: 'redirect' | 'https' | 'earlier-redirect' | 'archive'
  /** When an earlier run saw the redirect (`earlier-redirect`), ms since epoch. */
  seenAt?: number
}

/** How long a failing URL has been failing: with a cache file only, this run included. */
export interface LinkFailing {
  /** The first run that failed since the URL last answered (ms since epoch). */
  since: number
  /** Runs that failed since then. */
  runs: number
}

/** The result of a `#fragment` check (only with `checkFragments`). */
export interface FragmentResult {
  /** The fragment, decoded, without `#`. */
  id: string
  /** `unknown` when the page was not HTML, too large, or not fetched. */
  state: 'found' | 'missing' | 'unknown'
  /** A similar anchor on the page, for "did you mean". */
  suggestion?: string
}

/**
 * The verdict on one unique URL, with every place it is used. `Place` is the
 * caller's: whatever it passed to `add(url, place)` (a file and line, a row
 * id), kept opaque and returned in the order added. Across a worker thread it
 * must survive the structured clone.
 */
export interface LinkVerdict<Place = unknown> {
  /** The URL, normalized (WHATWG `href`), with its fragment. */
  url: string
  verdict: LinkVerdictKind
  reasonCode: LinkReasonCode
  /** Short human reason, e.g. `404 Not Found`, `refused: private address 127.0.0.1`. Never holds header values. */
  reason: string
  /** Status of the last response, when there was one. */
  status?: number
  /** For `redirected`: the target of the last permanent redirect (with the link's fragment). */
  finalUrl?: string
  /** Every redirect followed, in order. */
  redirects: LinkRedirect[]
  fragment?: FragmentResult
  /** For `ok` and `redirected`: the page answers, but is not what the link meant. */
  quietFailure?: QuietFailure
  /** For `broken` and `unverifiable` with a cache file: since when the URL has failed. */
  failing?: LinkFailing
  /** For `redirected` and `broken` (`unconfirmed` too): where to look instead, most certain first. */
  suggestions?: LinkSuggestion[]
  /** Every place the URL was added with, in the order they were added. */
  places: Place[]
  /** The verdict came from the cache file; nothing was sent. */
  cached: boolean
  /** How many times the request chain ran (0 for cached and skipped URLs). */
  attempts: number
}

/** A cache file that could not be used or written. Reported once; never fatal. */
export interface CacheProblem {
  file: string
  operation: 'read' | 'write'
  /** A full sentence such as "Ignoring link cache `x`: not valid JSON; it will be rebuilt". */
  message: string
}

export interface LinkReport<Place = unknown> {
  /** One per unique URL in this shard, sorted by URL. */
  verdicts: LinkVerdict<Place>[]
  /** How many unique URLs got each verdict. */
  summary: Record<LinkVerdictKind, number>
  /** Set when no request got any answer and every failure was the network's: say it once instead of for each link. */
  networkUnreachable?: { skipped: number }
  /** The cache file was corrupt, foreign or unwritable; it was ignored or rebuilt. */
  cacheProblem?: CacheProblem
  /** The run's deadline passed (or its signal aborted) before every link was checked. */
  deadlineReached: boolean
  /** Hosts that asked us to slow down (429 or `Retry-After`) at some point of the run. */
  slowedHosts: string[]
  /** Environment variables named in `hosts.*.headers` that were not set; those headers were not sent. */
  missingEnv: string[]
  /** With `githubToken`: why GitHub's API stopped being asked during the run (its links were then checked on the web). */
  githubApiStopped?: string
  /** Unique URLs skipped because they belong to another shard. */
  outOfShard: number
  /** HTTP requests sent. */
  requests: number
  /** `Date.now()` when the checker was created, and how long the run took. */
  startedAt: number
  durationMs: number
}

export interface LinkProgress {
  /** Unique URLs with a result (cached and excluded included). */
  checked: number
  /** Unique URLs known so far (grows while files are still being parsed). */
  total: number
  /** `Date.now()` when the checker was created. */
  startedAt: number
}

/** `--shard i/n`: the 1-based `index` of `count` shards. */
export interface Shard {
  index: number
  count: number
}
