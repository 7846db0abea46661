import { DeadlineReachedError, LinkCheckerFinishedError, LinkOptionsError } from '../errors.js'
import { compileExclude } from '../options/exclude.js'
import { HostTable } from '../options/hosts.js'
import type { LinkCheckerOptions, ResolvedLinkOptions } from '../options/options.js'
import { resolveNumericOptions } from '../options/options.js'
import { inShard } from '../options/shard.js'
import { hostKey } from '../request/chain.js'
import { fragmentOf } from '../request/fragments.js'
import type { LinkReport, LinkVerdict, LinkVerdictKind } from '../types.js'
import { parseUrl } from '../util/parse-url.js'
import { formatDuration } from '../util/timing.js'
import { RunCache } from './run-cache.js'
import { needsAnchors, newPage, unchecked, type Link, type Page } from './page.js'
import { PageChecks } from './page-checks.js'
import { isFinal, settledVerdict, verdictOf } from './verdict.js'

/** How a link is used, beyond its place. */
export interface AddOptions {
  /**
   * The change under check adds or changes this link (`roadmap-lint
   * --changed`): a failure is `broken` at once, not after a second run (`confirmAfter`).
   */
  changed?: boolean
}

/** Checks links as they are found; see `createLinkChecker`. */
export interface LinkChecker<Place = unknown> {
  /**
   * Record that `url` is used at `place` (yours, kept opaque: a file and
   * line, a row id). A URL not seen before starts its check at once, within
   * the limits; a URL seen before only gains the place.
   */
  add(url: string, place?: Place, options?: AddOptions): void
  /** Wait for every check (and the last retries of transient failures, held until now), save the cache, and report. */
  finish(): Promise<LinkReport<Place>>
}

/**
 * Create a link checker. Add URLs as you find them (while files are still
 * being read, say); each new unique URL starts its check at once. Then
 * `finish()`. With `onVerdict`, each verdict is also given as soon as it is
 * final.
 *
 * @example
 *   const checker = createLinkChecker<string>({ cacheFile: '.link-cache.json' })
 *   checker.add('https://example.com/docs', 'README.md:12')
 *   const report = await checker.finish()
 *   for (const verdict of report.verdicts) console.log(verdict.verdict, verdict.url, verdict.places)
 */
export function createLinkChecker<Place = unknown>(options: LinkCheckerOptions<Place> = {}): LinkChecker<Place> {
  return new Checker<Place>(options)
}

/** Unique URLs, the pages they are on, and their verdicts; `PageChecks` does the requests. */
class Checker<Place> implements LinkChecker<Place> {
  readonly #options: ResolvedLinkOptions
  readonly #input: LinkCheckerOptions<Place>
  readonly #startedAt = Date.now()
  readonly #run = new AbortController()
  readonly #deadlineTimer: NodeJS.Timeout
  readonly #hosts: HostTable
  readonly #isExcluded: (url: string, normalized?: string) => boolean
  readonly #pages: PageChecks
  readonly #links = new Map<string, Link<Place>>()
  readonly #pagesByKey = new Map<string, Page<Place>>()
  readonly #hostNames = new Map<string, string>()
  readonly #cache: RunCache
  #total = 0
  #checked = 0
  #outOfShard = 0
  #finishing = false
  #finished = false
  #pendingError: { error: unknown } | undefined

  constructor(input: LinkCheckerOptions<Place>) {
    this.#input = input
    this.#options = resolveNumericOptions(input)
    if (input.shard && !(input.shard.count >= 1 && input.shard.index >= 1 && input.shard.index <= input.shard.count)) {
      throw new LinkOptionsError('shard', 'expected `1 <= index <= count`')
    }
    this.#hosts = new HostTable(input.hosts ?? {}, input.env ?? process.env)
    this.#isExcluded = compileExclude(input.exclude ?? [])
    this.#deadlineTimer = setTimeout(() => this.#end(), this.#options.deadline)
    this.#deadlineTimer.unref()
    if (input.signal) {
      if (input.signal.aborted) this.#end()
      else input.signal.addEventListener('abort', () => this.#end(), { once: true, signal: this.#run.signal })
    }
    this.#cache = new RunCache(input, this.#options, this.#hosts)
    this.#pages = new PageChecks({
      options: this.#options,
      input,
      hosts: this.#hosts,
      run: this.#run.signal,
      deadlineAt: this.#startedAt + this.#options.deadline,
      cacheReady: this.#cache.ready,
      cacheKey: (page) => this.#cache.cacheKey(page),
      now: this.#cache.now,
      quietIgnored: compileExclude(input.ignoreQuietFailures ?? []),
      endedReason: () => (input.signal?.aborted ? 'the run was aborted' : this.#deadlinePassed()),
      onChecked: (page) => {
        for (const link of page.links as Array<Link<Place>>) this.#markDone(link)
      },
      onError: (error) => {
        // Not a link failure (those are results): a bug. Keep the run going; report it at the end.
        this.#pendingError ??= { error }
      }
    })
  }

  add(url: string, place?: Place, options?: AddOptions): void {
    if (this.#finished || this.#finishing) throw new LinkCheckerFinishedError()
    const changed = options?.changed === true
    const normalized = parseUrl(url)
    // Most URLs are written normalized: keep the caller's string then, not a second copy.
    const key = normalized === undefined || normalized.href === url ? url : normalized.href
    const known = this.#links.get(key)
    if (known) {
      if (place !== undefined) known.places.push(place)
      known.changed ||= changed
      return
    }
    const link: Link<Place> = {
      url: key,
      places: place === undefined ? [] : [place],
      page: undefined,
      fragment: undefined,
      settled: undefined,
      given: undefined,
      changed,
      outOfShard: false,
      done: false
    }
    this.#links.set(key, link)
    if (this.#input.shard && !inShard(key, this.#input.shard)) {
      link.outOfShard = true
      this.#outOfShard++
      return
    }
    this.#total++
    if (this.#isExcluded(url, normalized?.href)) {
      link.settled = settledVerdict(link, 'skipped', 'excluded', 'matches an `exclude` pattern')
    } else if (!normalized) {
      link.settled = settledVerdict(link, 'broken', 'invalid-url', 'not a valid URL')
    } else if (normalized.protocol !== 'http:' && normalized.protocol !== 'https:') {
      link.settled = settledVerdict(
        link,
        'broken',
        'unsupported-scheme',
        `unsupported scheme \`${normalized.protocol}\``
      )
    }
    if (link.settled || !normalized) {
      this.#markDone(link)
      return
    }
    const fragment = this.#options.checkFragments ? fragmentOf(normalized) : undefined
    if (fragment !== undefined) link.fragment = fragment
    // A normalized href has no `#` but the fragment's: the page's key is the part before it.
    const hash = key.indexOf('#')
    const pageKey = hash === -1 ? key : key.slice(0, hash)
    const existing = this.#pagesByKey.get(pageKey)
    const page = existing ?? this.#createPage(normalized, pageKey, link)
    if (existing) page.links.push(link)
    link.page = page
    if (fragment !== undefined) {
      page.fragments ??= new Set()
      page.fragments.add(fragment)
    }
    if (!existing) this.#pages.start(page)
    else if (page.state === 'done') {
      if (needsAnchors(page)) this.#pages.start(page)
      else this.#markDone(link)
    }
    this.#progress()
  }

  async finish(): Promise<LinkReport<Place>> {
    if (this.#finished || this.#finishing) throw new LinkCheckerFinishedError()
    this.#finishing = true
    try {
      await this.#pages.settle()
      await this.#cache.ready
      const report = this.#report()
      const problem = await this.#cache.save(this.#pagesByKey.values(), this.#pages.networkUnreachable)
      if (problem && !report.cacheProblem) report.cacheProblem = problem
      report.durationMs = Date.now() - this.#startedAt
      if (this.#pendingError) throw this.#pendingError.error
      return report
    } finally {
      this.#finished = true
      clearTimeout(this.#deadlineTimer)
      this.#run.abort(new DeadlineReachedError())
      await this.#pages.close()
    }
  }

  #end(): void {
    if (!this.#run.signal.aborted) this.#run.abort(new DeadlineReachedError())
  }

  #deadlinePassed(): string {
    return `the run's deadline (${formatDuration(this.#options.deadline)}) passed`
  }

  #createPage(url: URL, key: string, link: Link<Place>): Page<Place> {
    const host = hostKey(url)
    // One copy of each host name for every page of the host.
    if (!this.#hostNames.has(host)) this.#hostNames.set(host, host)
    const hostName = this.#hostNames.get(host) ?? host
    const page = newPage(key, hostName, link)
    this.#pagesByKey.set(page.key, page)
    return page
  }

  #markDone(link: Link<Place>): void {
    if (link.done) return
    link.done = true
    this.#checked++
    if (this.#input.onVerdict && isFinal(link))
      this.#give(
        link,
        link.settled ?? this.#cache.judge(link, verdictOf(link, false, unchecked(this.#deadlinePassed())))
      )
    this.#progress()
  }

  /** Give a final verdict to `onVerdict`, once; the report repeats it. */
  #give(link: Link<Place>, verdict: LinkVerdict<Place>): void {
    if (link.given) return
    link.given = verdict
    try {
      this.#input.onVerdict?.(verdict)
    } catch (error) {
      this.#pendingError ??= { error }
    }
  }

  #progress(): void {
    const onProgress = this.#input.onProgress
    if (!onProgress) return
    try {
      onProgress({ checked: this.#checked, total: this.#total, startedAt: this.#startedAt })
    } catch (error) {
      this.#pendingError ??= { error }
    }
  }

  #report(): LinkReport<Place> {
    const unreachable = this.#pages.networkUnreachable
    const deadline = unchecked(this.#deadlinePassed())
    const verdicts: Array<[Link<Place>, LinkVerdict<Place>]> = []
    for (const link of this.#links.values()) {
      if (!link.outOfShard)
        verdicts.push([
          link,
          link.given ?? link.settled ?? this.#cache.judge(link, verdictOf(link, unreachable, deadline))
        ])
    }
    verdicts.sort(([a], [b]) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    const summary: Record<LinkVerdictKind, number> = { ok: 0, broken: 0, redirected: 0, unverifiable: 0, skipped: 0 }
    let unreachableCount = 0
    for (const [link, verdict] of verdicts) {
      summary[verdict.verdict]++
      if (verdict.reasonCode === 'network-unreachable') unreachableCount++
      // Verdicts not final before the end are given now, in URL order.
      if (this.#input.onVerdict) this.#give(link, verdict)
    }
    const report: LinkReport<Place> = {
      verdicts: verdicts.map(([, verdict]) => verdict),
      summary,
      deadlineReached: this.#run.signal.aborted,
      slowedHosts: this.#pages.slowedHosts,
      missingEnv: [...this.#hosts.missingEnv],
      outOfShard: this.#outOfShard,
      requests: this.#pages.requests,
      startedAt: this.#startedAt,
      durationMs: 0
    }
    if (unreachableCount > 0) report.networkUnreachable = { skipped: unreachableCount }
    if (this.#cache.problem) report.cacheProblem = this.#cache.problem
    const stopped = this.#pages.githubStopped
    if (stopped) report.githubApiStopped = stopped
    return report
  }
}
