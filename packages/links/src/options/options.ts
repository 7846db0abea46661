import type { LinksConfig } from './config-schema.js'
import { durationMs } from './syntax.js'
import { LinkOptionsError } from '../errors.js'
import type { ExcludePattern } from './exclude.js'
import type { LinkHostOptions } from './hosts.js'
import type { LinkProgress, LinkVerdict, Shard } from '../types.js'

/** Resolves a host name to addresses, like `dns.promises.lookup(name, { all: true })`. */
export type LookupFunction = (hostname: string) => Promise<ReadonlyArray<{ address: string; family: number }>>

/** Options of `createLinkChecker`. Every duration is in milliseconds. */
export interface LinkCheckerOptions<Place = unknown> {
  /** Requests in flight at once in total. Default 128: enough that `hostConcurrency` bounds a run. */
  concurrency?: number
  /** Requests in flight at once to one host. Default 4. */
  hostConcurrency?: number
  /** Per-host `accept`, `headers` and `concurrency`, keyed by host name or `*.suffix`. */
  hosts?: Readonly<Record<string, LinkHostOptions>>
  /** URL prefixes, `/regex/flags` strings or `RegExp`s not to check. */
  exclude?: ReadonlyArray<ExcludePattern>
  /** Phase timeouts: resolving and connecting (default 10 s), waiting for headers (15 s), between body chunks (15 s). */
  connectTimeout?: number
  headersTimeout?: number
  bodyTimeout?: number
  /** One whole request, from sending to the last byte read (default 30 s). `--timeout` sets this. */
  requestTimeout?: number
  /** The whole run (default 10 min): no wait outlasts it; links left are `skipped` (`deadline`). */
  deadline?: number
  /** Retries of a transient failure (network error, timeout, 408, 429, 5xx), default 2; the last one waits for the end of the run. */
  retries?: number
  /** First backoff delay (default 1 s), doubled per retry, with jitter. */
  retryDelay?: number
  /** Longest `Retry-After` honoured (default 30 s). */
  retryAfterMax?: number
  /** First gap between requests to a host that keeps asking to slow down at one request at a time (default 1 s). */
  slowHostGap?: number
  /** Redirects followed per link (default 10). */
  maxRedirects?: number
  /** Check `#fragment` anchors on HTML pages (default false). */
  checkFragments?: boolean
  /** Most bytes read of a page when looking for anchors (default 2 MiB). */
  maxFragmentBytes?: number
  /**
   * Look for quiet failures (default true): soft 404s, redirects to a home
   * or login page, parked domains. Costs one request per site (a made-up
   * path), and more only on sites that answer such a path with a page.
   */
  checkQuietFailures?: boolean
  /** URL prefixes, `/regex/flags` strings or `RegExp`s whose quiet failures are not looked for (they are still checked). */
  ignoreQuietFailures?: ReadonlyArray<ExcludePattern>
  /** Allow private, loopback and link-local addresses: `true` for every host, or a list of host names. Default false. */
  allowPrivateHosts?: boolean | ReadonlyArray<string>
  /** JSON file keeping results and each URL's recent history between runs; no cache when not set. */
  cacheFile?: string
  /**
   * With a cache file, a link found broken fails the run (`broken`) only
   * when an earlier run found it broken at least this long ago (default 1
   * day), or when it was added as `changed`; until then it is `unverifiable`
   * (`unconfirmed`). 0 confirms every failure at once, as without a cache file.
   */
  confirmAfter?: number
  /** How long an ok or redirected result stays valid in the cache (default 7 days). */
  cacheMaxAge?: number
  /** Check only this shard's share of the unique URLs. */
  shard?: Shard
  /** Environment for `${NAME}` in header values (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>
  /** DNS resolution (default `dns.promises.lookup`); every address it returns is checked before connecting. */
  lookup?: LookupFunction
  /**
   * A GitHub token: GitHub links (repositories, files, issues, pull
   * requests, releases) are checked through GitHub's API, which a run with
   * many of them does not hit a web rate limit on. Sent to `githubApiUrl`
   * only, over the API's own requests. Never from a configuration file.
   */
  githubToken?: string
  /** GitHub's API root (default `https://api.github.com`; a GitHub Enterprise Server's, or a test's). */
  githubApiUrl?: string
  /** The time (ms since epoch) for the cache's and the history's dates (default `Date.now`): a test's clock. */
  now?: () => number
  /** `User-Agent` header sent with every request. */
  userAgent?: string
  /** Called whenever a unique URL gets its result or a new one is added. */
  onProgress?: (progress: LinkProgress) => void
  /**
   * Called once per unique URL with its verdict, as soon as it is final (a
   * transient failure only after its last retry, at the end of the run); the report repeats
   * each verdict as given.
   */
  onVerdict?: (verdict: LinkVerdict<Place>) => void
  /** Aborting ends the run like the deadline: links left are `skipped` (`deadline`). */
  signal?: AbortSignal
}

const second = 1000
const minute = 60 * second
const day = 24 * 60 * minute

export const linkCheckerDefaults = {
  // The per-host limit protects each server; the global one only bounds
  // sockets and memory. At 32 it was what bounded a run (a library linking
  // 20 hosts at 4 each wants 80 in flight; this repository's content links
  // 361 hosts): 128 lets 32 hosts go at their full pace at once.
  concurrency: 128,
  hostConcurrency: 4,
  connectTimeout: 10 * second,
  headersTimeout: 15 * second,
  bodyTimeout: 15 * second,
  requestTimeout: 30 * second,
  deadline: 10 * minute,
  retries: 2,
  retryDelay: 1 * second,
  retryAfterMax: 30 * second,
  slowHostGap: 1 * second,
  maxRedirects: 10,
  maxFragmentBytes: 2 * 1024 * 1024,
  cacheMaxAge: 7 * day,
  confirmAfter: 1 * day,
  userAgent: 'Mozilla/5.0 (compatible; roadmap-lint; +https://github.com/roadmap-dev/roadmap)'
} as const

type Numeric = {
  -readonly [K in keyof typeof linkCheckerDefaults as (typeof linkCheckerDefaults)[K] extends number
    ? K
    : never]: number
}

export interface ResolvedLinkOptions extends Numeric {
  userAgent: string
  checkFragments: boolean
  checkQuietFailures: boolean
}

const minimums: Record<keyof Numeric, number> = {
  concurrency: 1,
  hostConcurrency: 1,
  connectTimeout: 1,
  headersTimeout: 1,
  bodyTimeout: 1,
  requestTimeout: 1,
  deadline: 1,
  retries: 0,
  retryDelay: 0,
  retryAfterMax: 0,
  slowHostGap: 0,
  maxRedirects: 0,
  maxFragmentBytes: 1,
  cacheMaxAge: 0,
  confirmAfter: 0
}

// Durations that become timers: Node fires a longer timer at once (TimeoutOverflowWarning).
const longestTimer = 2_147_483_647
const timerBacked: ReadonlySet<keyof Numeric> = new Set([
  'connectTimeout',
  'headersTimeout',
  'bodyTimeout',
  'requestTimeout',
  'deadline',
  'retryDelay',
  'retryAfterMax',
  'slowHostGap'
])

/** Fill in defaults and check ranges; throws `LinkOptionsError` (`ERR_ROADMAP_LINKS_OPTION_INVALID`). */
export function resolveNumericOptions(options: LinkCheckerOptions<never>): ResolvedLinkOptions {
  const resolved = {
    userAgent: options.userAgent ?? linkCheckerDefaults.userAgent,
    checkFragments: options.checkFragments ?? false,
    checkQuietFailures: options.checkQuietFailures ?? true
  } as ResolvedLinkOptions
  for (const key of Object.keys(minimums) as Array<keyof Numeric>) {
    const value = options[key] ?? linkCheckerDefaults[key]
    if (typeof value !== 'number' || Number.isNaN(value) || value < minimums[key]) {
      throw new LinkOptionsError(key, `expected a number of at least ${minimums[key]}, not \`${String(value)}\``)
    }
    if (timerBacked.has(key) && value > longestTimer) {
      throw new LinkOptionsError(key, `expected at most ${longestTimer} ms (about 24 days), not \`${value}\``)
    }
    resolved[key] = value
  }
  return resolved
}

/**
 * Milliseconds from a number (already ms) or a duration string.
 *
 * @example
 *   parseDuration('7d') // 604800000
 */
export function parseDuration(value: number | string): number {
  const ms = durationMs(value)
  if (ms === undefined)
    throw new LinkOptionsError('duration', `expected milliseconds or a duration such as \`30s\`, not \`${value}\``)
  return ms
}

/**
 * Options for `createLinkChecker` from the parsed `links` config section. The
 * CLI spreads its flags (`--timeout`, `--shard`, the cache path, progress) over
 * the result. A configuration is data: it cannot allow private addresses
 * (`allowPrivateHosts` is the caller's option only), and `env` is left for
 * the caller to give (only the variables its user allowed: `headerVariables`
 * lists what the section reads).
 *
 * @example
 *   createLinkChecker({ ...linkOptionsFromConfig(config.links ?? {}), requestTimeout: flags.timeout })
 */
export function linkOptionsFromConfig(config: LinksConfig): LinkCheckerOptions {
  const options: LinkCheckerOptions = {}
  if (config.exclude) options.exclude = config.exclude
  if (config.hosts) {
    const hosts: Record<string, LinkHostOptions> = {}
    for (const [host, settings] of Object.entries(config.hosts)) {
      const entry: LinkHostOptions = {}
      if (settings.accept) entry.accept = settings.accept
      if (settings.headers) entry.headers = settings.headers
      if (settings.concurrency !== undefined) entry.concurrency = settings.concurrency
      hosts[host] = entry
    }
    options.hosts = hosts
  }
  if (config.concurrency !== undefined) options.concurrency = config.concurrency
  if (config.hostConcurrency !== undefined) options.hostConcurrency = config.hostConcurrency
  if (config.timeout !== undefined) options.requestTimeout = parseDuration(config.timeout)
  if (config.connectTimeout !== undefined) options.connectTimeout = parseDuration(config.connectTimeout)
  if (config.headersTimeout !== undefined) options.headersTimeout = parseDuration(config.headersTimeout)
  if (config.deadline !== undefined) options.deadline = parseDuration(config.deadline)
  if (config.retries !== undefined) options.retries = config.retries
  if (config.maxRedirects !== undefined) options.maxRedirects = config.maxRedirects
  if (config.cacheFile !== undefined) options.cacheFile = config.cacheFile
  if (config.cacheMaxAge !== undefined) options.cacheMaxAge = parseDuration(config.cacheMaxAge)
  if (config.confirmAfter !== undefined) options.confirmAfter = parseDuration(config.confirmAfter)
  if (config.checkFragments !== undefined) options.checkFragments = config.checkFragments
  if (config.checkQuietFailures !== undefined) options.checkQuietFailures = config.checkQuietFailures
  if (config.ignoreQuietFailures) options.ignoreQuietFailures = config.ignoreQuietFailures
  return options
}
