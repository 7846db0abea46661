import { LinkCache } from '../cache/cache.js'
import { nextRecord, type RunOutcome } from '../cache/history.js'
import type { HostTable } from '../options/hosts.js'
import type { LinkCheckerOptions, ResolvedLinkOptions } from '../options/options.js'
import { isNetworkLevel } from '../schedule/network-monitor.js'
import type { CacheProblem, LinkVerdict } from '../types.js'
import { updateCache } from './cache-sync.js'
import type { Link, Page } from './page.js'
import { suggestionsFor } from './suggestions.js'
import { withHistory } from './verdict-history.js'

/**
 * A run's use of the cache file: loaded once (`ready`), it answers pages
 * (their keys), judges failures by each URL's history, and learns what the
 * run found when it ends (`save`). Without a cache file there is no
 * history: a `broken` link is `broken` at once.
 */
export class RunCache {
  readonly ready: Promise<LinkCache | undefined>
  problem: CacheProblem | undefined
  readonly now: () => number
  #cache: LinkCache | undefined
  readonly #options: ResolvedLinkOptions
  readonly #hosts: HostTable
  /** `private-` for a run that may reach private addresses: its results are kept apart. */
  readonly #apart: string

  constructor(input: LinkCheckerOptions<never>, options: ResolvedLinkOptions, hosts: HostTable) {
    this.#options = options
    this.#hosts = hosts
    this.now = input.now ?? Date.now
    // A run that may reach private addresses keeps its results apart: a run
    // that may not would refuse those links, so their `ok` is not its answer.
    const policy = input.allowPrivateHosts
    this.#apart = policy === true || (Array.isArray(policy) && policy.length > 0) ? 'private-' : ''
    this.ready = this.#load(input.cacheFile)
  }

  /** The key of a page's `ok` entry: the host settings' fingerprint and the URL. */
  cacheKey(page: Page<unknown>): string {
    return `${this.#apart}${this.#hosts.get(page.host).fingerprint} ${page.key}`
  }

  /** The key of a page's history: its URL. */
  historyKey(page: Page<unknown>): string {
    return `${this.#apart}${page.key}`
  }

  /**
   * A verdict of this run, judged by the URL's history (`withHistory`), with
   * where to look instead (`suggestionsFor`). Verdicts known without a
   * request are as they are.
   */
  judge<Place>(link: Link<Place>, verdict: LinkVerdict<Place>): LinkVerdict<Place> {
    const page = link.page
    if (link.settled || !page) return verdict
    const prior = this.#cache?.historyOf(this.historyKey(page))
    const judged = this.#cache
      ? withHistory(verdict, link.changed, prior, { now: this.now(), confirmAfter: this.#options.confirmAfter })
      : verdict
    const suggestions = suggestionsFor(judged, prior, page.result?.httpsAnswers)
    return suggestions ? { ...judged, suggestions } : judged
  }

  /**
   * Teach the cache what this run's requests found (`ok` entries, each
   * URL's history) and write it. `unreachable`: the network was found down,
   * so its failures say nothing about the links. Returns a problem instead
   * of throwing.
   */
  async save(pages: Iterable<Page<unknown>>, unreachable: boolean): Promise<CacheProblem | undefined> {
    const cache = await this.ready
    if (!cache) return undefined
    const now = this.now()
    const fresh = [...pages].filter((page) => page.source === 'request' && page.result?.outcome !== 'unchecked')
    updateCache(cache, fresh, (page) => this.cacheKey(page), now)
    for (const page of fresh) {
      const outcome = runOutcome(page, unreachable)
      if (!outcome) continue
      const key = this.historyKey(page)
      cache.setHistory(key, nextRecord(cache.historyOf(key), outcome, now))
    }
    return cache.save(now)
  }

  async #load(file: string | undefined): Promise<LinkCache | undefined> {
    if (file === undefined) return undefined
    const { cache, problem } = await LinkCache.load(file, this.#options.cacheMaxAge, this.now())
    this.problem = problem
    this.#cache = cache
    return cache
  }
}

/** What history keeps of a page's fresh result; `undefined` for what says nothing of the link. */
function runOutcome(page: Page<unknown>, unreachable: boolean): RunOutcome | undefined {
  const result = page.result
  if (!result) return undefined
  if (result.outcome === 'ok' || result.outcome === 'redirected') {
    // Where a link redirects for good is worth remembering (a suggestion, once it breaks), unless it is a home or login page.
    const movedTo = result.outcome === 'redirected' && !result.quiet ? result.movedTo?.replace(/#.*$/s, '') : undefined
    return movedTo === undefined ? { kind: 'answered' } : { kind: 'answered', movedTo }
  }
  if (unreachable && isNetworkLevel(result.errorCode)) return undefined
  return { kind: 'failed', broken: result.outcome === 'broken' }
}
