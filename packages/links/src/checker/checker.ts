import { Agent } from 'undici'
import type { CacheEntry } from './cache.js'
import { LinkCache } from './cache.js'
import type { ChainContext, ChainResult } from './chain.js'
import { hostKey, runChain } from './chain.js'
import { DeadlineReachedError, LinkCheckerFinishedError, LinkOptionsError } from './errors.js'
import { compileExclude } from './exclude.js'
import type { PageAnchors } from './fragments.js'
import { findFragment, fragmentOf } from './fragments.js'
import { HostTable } from './hosts.js'
import { createSafeLookup, systemLookup } from './lookup.js'
import { isNetworkLevel, NetworkMonitor } from './network-monitor.js'
import type { LinkCheckerOptions, ResolvedLinkOptions } from './options.js'
import { resolveNumericOptions } from './options.js'
import { Scheduler } from './scheduler.js'
import { inShard } from './shard.js'
import { backoffDelay, formatDuration, sleep } from './timing.js'
import type {
  CacheProblem,
  FragmentResult,
  LinkOccurrence,
  LinkOutcome,
  LinkReasonCode,
  LinkRedirect,
  LinkReport,
  LinkResult
} from './types.js'

/** Checks links as they are found; see `createLinkChecker`. */
export interface LinkChecker {
  /** Record a place a URL is used; a URL not seen before starts its check at once (within the limits). */
  add(occurrence: LinkOccurrence): void
  /** Wait for every check (and the end-of-run retry of transient failures), save the cache, and report. */
  finish(): Promise<LinkReport>
}

/** How a page (a URL without fragment) stands: its own result, or none yet. */
interface PageResult {
  outcome: Exclude<LinkOutcome, 'excluded'>
  reasonCode: LinkReasonCode
  reason: string
  status?: number
  redirects: LinkRedirect[]
  movedTo?: string
  /** Worth one more try at the end of the run. */
  transient: boolean
  errorCode?: string
}

/**
 * One page to request. A large library has tens of thousands: a page holds
 * strings and numbers, not a `URL` (made again for each attempt), and its
 * sets only once they have something in them.
 */
interface Page {
  /** The normalised URL without fragment. */
  key: string
  /** Host name, lower case, one string per host. */
  host: string
  /** Fragments the links to this page ask for (only with `checkFragments`). */
  fragments: Set<string> | undefined
  links: Link[]
  result: PageResult | undefined
  anchors: PageAnchors | undefined
  /** Fragments the cache knows are on the page. */
  cachedFragments: ReadonlySet<string> | undefined
  cached: boolean
  /** The result comes from this run's requests (so the cache learns from it). */
  fresh: boolean
  attempts: number
  running: boolean
  /** Waiting for the network to come back. */
  parked: boolean
}

/** A check run again at the end of the run: no retries of its own, and whatever the page's result. */
interface Retry {
  retries: number
  force: boolean
}

/** The checks of one host: those running (waiting for a slot or sending), and those queued behind them. */
interface HostQueue {
  running: number
  limit: number
  waiting: Array<[Page, Retry | undefined]>
}

/** One unique URL (with fragment). */
// Every field is set when the object is made (`undefined` until known), so
// that V8 keeps them in the object, not in a second array per object.
interface Link {
  url: string
  occurrences: LinkOccurrence[]
  page: Page | undefined
  fragment: string | undefined
  /** A result known without any request: excluded, invalid, unsupported scheme. */
  settled: LinkResult | undefined
  outOfShard: boolean
  done: boolean
}

/**
 * Create a link checker. Add link occurrences while files are still being
 * parsed; each new unique URL starts its check at once. Then `finish()`.
 *
 * @example
 *   const checker = createLinkChecker({ cacheFile: '.roadmap-lint-cache.json' })
 *   for (const occurrence of occurrences) checker.add(occurrence)
 *   const report = await checker.finish()
 *   for (const problem of linkProblems(report)) console.log(problem.message)
 */
export function createLinkChecker(options: LinkCheckerOptions = {}): LinkChecker {
  return new Checker(options)
}

class Checker implements LinkChecker {
  readonly #options: ResolvedLinkOptions
  readonly #input: LinkCheckerOptions
  readonly #startedAt = Date.now()
  readonly #deadlineAt: number
  readonly #run = new AbortController()
  readonly #deadlineTimer: NodeJS.Timeout
  readonly #hosts: HostTable
  readonly #isExcluded: (url: string, normalized?: string) => boolean
  readonly #agent: Agent
  readonly #scheduler: Scheduler
  readonly #monitor: NetworkMonitor
  readonly #context: ChainContext
  readonly #links = new Map<string, Link>()
  readonly #pages = new Map<string, Page>()
  readonly #hostNames = new Map<string, string>()
  readonly #queues = new Map<string, HostQueue>()
  readonly #results = new Map<string, PageResult>()
  readonly #tasks = new Set<Promise<void>>()
  readonly #cacheReady: Promise<LinkCache | undefined>
  #cacheProblem: CacheProblem | undefined
  #networkDown = new AbortController()
  #requests = 0
  #total = 0
  #checked = 0
  #outOfShard = 0
  #finishing = false
  #finished = false
  #pendingError: { error: unknown } | undefined

  constructor(input: LinkCheckerOptions) {
    this.#input = input
    this.#options = resolveNumericOptions(input)
    if (input.shard && !(input.shard.count >= 1 && input.shard.index >= 1 && input.shard.index <= input.shard.count)) {
      throw new LinkOptionsError('shard', 'expected `1 <= index <= count`')
    }
    this.#hosts = new HostTable(input.hosts ?? {}, input.env ?? process.env)
    this.#isExcluded = compileExclude(input.exclude ?? [])
    this.#deadlineAt = this.#startedAt + this.#options.deadline
    this.#deadlineTimer = setTimeout(() => this.#end(), this.#options.deadline)
    this.#deadlineTimer.unref()
    if (input.signal) {
      if (input.signal.aborted) this.#end()
      else input.signal.addEventListener('abort', () => this.#end(), { once: true, signal: this.#run.signal })
    }
    const privateHosts = input.allowPrivateHosts ?? false
    this.#agent = new Agent({
      connect: { timeout: this.#options.connectTimeout, lookup: createSafeLookup(input.lookup ?? systemLookup, privateHosts) },
      headersTimeout: this.#options.headersTimeout,
      bodyTimeout: this.#options.bodyTimeout,
      connections: this.#hosts.maxConcurrency(this.#options.hostConcurrency)
    })
    this.#scheduler = new Scheduler({
      globalLimit: this.#options.concurrency,
      hostLimit: (host) => this.#hosts.get(host).concurrency ?? this.#options.hostConcurrency,
      slowGap: this.#options.slowHostGap,
      signal: this.#run.signal
    })
    this.#monitor = new NetworkMonitor({
      onDown: () => this.#networkDown.abort(),
      onUp: () => this.#resumeParked()
    })
    this.#context = {
      dispatcher: this.#agent,
      hosts: this.#hosts,
      privateHosts,
      options: this.#options,
      run: this.#run.signal,
      scheduler: this.#scheduler,
      monitor: this.#monitor,
      getOnlyHosts: new Set(),
      headClosesHosts: new Set(),
      countRequest: () => {
        this.#requests++
      }
    }
    this.#cacheReady = this.#loadCache(input.cacheFile)
  }

  add(occurrence: LinkOccurrence): void {
    if (this.#finished || this.#finishing) throw new LinkCheckerFinishedError()
    const normalized = normalize(occurrence.url)
    // Most URLs are written normalised: keep the caller's string then, not a second copy.
    const key = normalized === undefined || normalized.href === occurrence.url ? occurrence.url : normalized.href
    const known = this.#links.get(key)
    if (known) {
      known.occurrences.push(occurrence)
      return
    }
    const link: Link = { url: key, occurrences: [occurrence], page: undefined, fragment: undefined, settled: undefined, outOfShard: false, done: false }
    this.#links.set(key, link)
    if (this.#input.shard && !inShard(key, this.#input.shard)) {
      link.outOfShard = true
      this.#outOfShard++
      return
    }
    this.#total++
    if (this.#isExcluded(occurrence.url, normalized?.href)) {
      link.settled = settledResult(link, 'excluded', 'excluded', 'matches an `exclude` pattern')
    } else if (!normalized) {
      link.settled = settledResult(link, 'broken', 'invalid-url', 'not a valid URL')
    } else if (normalized.protocol !== 'http:' && normalized.protocol !== 'https:') {
      link.settled = settledResult(link, 'broken', 'unsupported-scheme', `unsupported scheme \`${normalized.protocol}\``)
    }
    if (link.settled || !normalized) {
      this.#markDone(link)
      return
    }
    const fragment = this.#options.checkFragments ? fragmentOf(normalized) : undefined
    if (fragment !== undefined) link.fragment = fragment
    // A normalised href has no `#` but the fragment's: the page's key is the part before it.
    const hash = key.indexOf('#')
    const pageKey = hash === -1 ? key : key.slice(0, hash)
    const existing = this.#pages.get(pageKey)
    const page = existing ?? this.#createPage(normalized, pageKey, link)
    if (existing) page.links.push(link)
    link.page = page
    if (fragment !== undefined) (page.fragments ??= new Set()).add(fragment)
    if (!existing) this.#start(page)
    else if (!page.running && !page.parked) {
      if (this.#needsAnchors(page)) this.#start(page)
      else this.#markDone(link)
    }
    this.#progress()
  }

  async finish(): Promise<LinkReport> {
    if (this.#finished || this.#finishing) throw new LinkCheckerFinishedError()
    this.#finishing = true
    try {
      await this.#settle()
      // One more try for transient failures, now that everything else is done.
      if (!this.#run.signal.aborted && !this.#monitor.down) {
        for (const page of this.#pages.values()) {
          if (page.result?.transient && !page.running) this.#start(page, { retries: 0, force: true })
        }
        await this.#settle()
      }
      const cache = await this.#cacheReady
      const report = this.#report()
      if (cache) {
        this.#updateCache(cache)
        const problem = await cache.save()
        if (problem && !report.cacheProblem) report.cacheProblem = problem
      }
      report.durationMs = Date.now() - this.#startedAt
      if (this.#pendingError) throw this.#pendingError.error
      return report
    } finally {
      this.#finished = true
      clearTimeout(this.#deadlineTimer)
      this.#run.abort(new DeadlineReachedError())
      await this.#agent.destroy().catch(() => undefined)
    }
  }

  #end(): void {
    if (!this.#run.signal.aborted) this.#run.abort(new DeadlineReachedError())
  }

  async #loadCache(file: string | undefined): Promise<LinkCache | undefined> {
    if (file === undefined) return undefined
    const { cache, problem } = await LinkCache.load(file, this.#options.cacheMaxAge)
    if (problem) this.#cacheProblem = problem
    return cache
  }

  #createPage(url: URL, key: string, link: Link): Page {
    const host = hostKey(url)
    let hostName = this.#hostNames.get(host)
    if (hostName === undefined) {
      hostName = host
      this.#hostNames.set(host, host)
    }
    const page: Page = {
      key,
      host: hostName,
      fragments: undefined,
      links: [link],
      result: undefined,
      anchors: undefined,
      cachedFragments: undefined,
      cached: false,
      fresh: false,
      attempts: 0,
      running: false,
      parked: false
    }
    this.#pages.set(page.key, page)
    return page
  }

  /**
   * Check `page`, or queue it behind its host's running checks. Each running
   * check holds a chain of suspended calls until it gets a slot: a library
   * that names 10,000 new URLs faster than hosts answer would otherwise hold
   * 10,000 of them at once (bench/README.md). Queued pages cost a reference.
   */
  #start(page: Page, retry?: Retry): void {
    page.running = true
    const queue = this.#queueOf(page.host)
    if (queue.running >= queue.limit) queue.waiting.push([page, retry])
    else this.#runQueued(page, retry, queue)
  }

  #queueOf(host: string): HostQueue {
    let queue = this.#queues.get(host)
    if (!queue) {
      // Twice the host's request limit: the next check is ready the moment a slot frees.
      queue = { running: 0, limit: 2 * (this.#hosts.get(host).concurrency ?? this.#options.hostConcurrency), waiting: [] }
      this.#queues.set(host, queue)
    }
    return queue
  }

  #runQueued(page: Page, retry: Retry | undefined, queue: HostQueue): void {
    queue.running++
    const task = this.#runPage(page, retry)
      .catch((error: unknown) => {
        // Not a link failure (those are results): a bug. Keep the run going; report it at the end.
        this.#pendingError ??= { error }
      })
      .finally(() => {
        page.running = false
        this.#tasks.delete(task)
        queue.running--
        const next = queue.waiting.shift()
        if (next) this.#runQueued(next[0], next[1], queue)
        // Parked, but the network came back before this task ended: go again.
        if (page.parked && !this.#monitor.down && !this.#finished) {
          page.parked = false
          this.#start(page)
        } else if (!page.parked) for (const link of page.links) this.#markDone(link)
      })
    this.#tasks.add(task)
  }

  async #settle(): Promise<void> {
    while (this.#tasks.size > 0) await Promise.all([...this.#tasks])
  }

  async #runPage(page: Page, retry?: Retry): Promise<void> {
    const cache = await this.#cacheReady
    if (!page.result && cache) {
      const hit = cache.get(this.#cacheKey(page))
      if (hit && [...(page.fragments ?? [])].every((fragment) => hit.fragments?.includes(fragment))) {
        page.result = fromCache(hit)
        page.cached = true
        if (hit.fragments?.length) page.cachedFragments = new Set(hit.fragments)
      }
    }
    if (!page.result || retry?.force) {
      await this.#checkPage(page, (page.fragments?.size ?? 0) > 0, retry?.retries ?? this.#options.retries)
    }
    // Fragments added while a HEAD was in flight (or not in the cache) need the page itself.
    if (this.#needsAnchors(page) && !this.#run.signal.aborted) await this.#checkPage(page, true, this.#options.retries)
  }

  #needsAnchors(page: Page): boolean {
    if (page.anchors !== undefined || page.result === undefined) return false
    if (page.result.outcome !== 'ok' && page.result.outcome !== 'redirected') return false
    return [...(page.fragments ?? [])].some((fragment) => !page.cachedFragments?.has(fragment))
  }

  async #checkPage(page: Page, wantBody: boolean, retries: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (this.#monitor.down && !page.result) {
        page.parked = true
        return
      }
      // Waits never outlast the run: with a result in hand, do not queue for a host held back past the deadline.
      if (page.result && this.#scheduler.readyAt(page.host) >= this.#deadlineAt) return
      let result: ChainResult
      const slot = await this.#scheduler.acquire(page.host).catch(() => undefined)
      if (!slot) return this.#endedBeforeResult(page)
      // The network went down while this link waited for its turn.
      if (this.#monitor.down && !page.result) {
        slot.release()
        page.parked = true
        return
      }
      try {
        page.attempts++
        result = await runChain(this.#context, new URL(page.key), slot, wantBody)
      } catch (error) {
        if (this.#run.signal.aborted) return this.#endedBeforeResult(page)
        throw error
      } finally {
        slot.release()
      }
      this.#record(page, result, wantBody)
      if (result.kind === 'success' || !result.transient || attempt > retries || this.#monitor.down) return
      const wait = result.retryAfterMs ?? backoffDelay(attempt, this.#options.retryDelay)
      // The scheduler already holds the host back for `Retry-After`; a backoff is waited here, off the slot.
      if (Date.now() + wait >= this.#deadlineAt) return
      if (result.retryAfterMs === undefined) {
        try {
          await sleep(wait, AbortSignal.any([this.#run.signal, this.#networkDown.signal]))
        } catch {
          return
        }
      }
    }
  }

  #record(page: Page, result: ChainResult, wantBody: boolean): void {
    page.fresh = true
    page.cached = false
    page.result = this.#shared(pageResultOf(result))
    if (result.kind === 'success' && wantBody && result.anchors) page.anchors = result.anchors
  }

  /**
   * One object for every result alike (`200 OK`, no redirect): results are
   * never changed once made, and most of a library's pages share one.
   */
  #shared(result: PageResult): PageResult {
    if (result.redirects.length > 0 || result.movedTo !== undefined) return result
    const key = `${result.outcome} ${result.reasonCode} ${result.status ?? ''} ${result.transient} ${result.errorCode ?? ''} ${result.reason}`
    const known = this.#results.get(key)
    if (known) return known
    if (this.#results.size < 1_000) this.#results.set(key, result)
    return result
  }

  #endedBeforeResult(page: Page): void {
    page.result ??= {
      outcome: 'unchecked',
      reasonCode: 'deadline',
      reason: this.#input.signal?.aborted ? 'the run was aborted' : `the run's deadline (${formatDuration(this.#options.deadline)}) passed`,
      redirects: [],
      transient: false
    }
  }

  #resumeParked(): void {
    this.#networkDown = new AbortController()
    for (const page of this.#pages.values()) {
      if (page.parked && !page.running) {
        page.parked = false
        this.#start(page)
      }
    }
  }

  #markDone(link: Link): void {
    if (link.done) return
    link.done = true
    this.#checked++
    this.#progress()
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

  #cacheKey(page: Page): string {
    return `${this.#hosts.get(page.host).fingerprint} ${page.key}`
  }

  #updateCache(cache: LinkCache): void {
    for (const page of this.#pages.values()) {
      const result = page.result
      if (!page.fresh || !result || result.outcome === 'unchecked') continue
      const key = this.#cacheKey(page)
      if (result.outcome !== 'ok' && result.outcome !== 'redirected') {
        cache.delete(key)
        continue
      }
      const found = new Set(page.cachedFragments)
      if (page.anchors) {
        for (const fragment of page.fragments ?? []) {
          if (findFragment(fragment, page.anchors).state === 'found') found.add(fragment)
        }
      }
      const entry: CacheEntry = {
        url: page.key,
        outcome: result.outcome,
        reasonCode: result.reasonCode === 'moved-permanently' || result.reasonCode === 'accepted' ? result.reasonCode : 'ok',
        reason: result.reason,
        status: result.status ?? 200,
        redirects: result.redirects,
        checkedAt: Date.now()
      }
      if (result.movedTo !== undefined) entry.finalUrl = result.movedTo
      if (found.size > 0) entry.fragments = [...found].sort()
      cache.set(key, entry)
    }
  }

  #report(): LinkReport {
    const unreachable = this.#monitor.unreachable
    let unreachableCount = 0
    const results: LinkResult[] = []
    for (const link of this.#links.values()) {
      if (link.outOfShard) continue
      const result = link.settled ?? this.#linkResult(link, unreachable)
      if (result.reasonCode === 'network-unreachable') unreachableCount++
      results.push(result)
    }
    results.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    const summary: Record<LinkOutcome, number> = { ok: 0, broken: 0, unverifiable: 0, redirected: 0, unchecked: 0, excluded: 0 }
    for (const result of results) summary[result.outcome]++
    const report: LinkReport = {
      results,
      summary,
      deadlineReached: this.#run.signal.aborted,
      slowedHosts: this.#scheduler.slowedHosts,
      missingEnv: [...this.#hosts.missingEnv],
      outOfShard: this.#outOfShard,
      requests: this.#requests,
      startedAt: this.#startedAt,
      durationMs: 0
    }
    if (unreachableCount > 0) report.networkUnreachable = { unchecked: unreachableCount }
    if (this.#cacheProblem) report.cacheProblem = this.#cacheProblem
    return report
  }

  #linkResult(link: Link, unreachable: boolean): LinkResult {
    const page = link.page
    let pageResult: PageResult = page?.result ?? {
      outcome: 'unchecked',
      reasonCode: 'deadline',
      reason: `the run's deadline (${formatDuration(this.#options.deadline)}) passed`,
      redirects: [],
      transient: false
    }
    const offline = page?.parked === true || (unreachable && pageResult.outcome !== 'ok' && isNetworkLevel(pageResult.errorCode))
    if (offline) {
      pageResult = { outcome: 'unchecked', reasonCode: 'network-unreachable', reason: 'network unreachable', redirects: [], transient: false }
    }
    const result: LinkResult = {
      url: link.url,
      outcome: pageResult.outcome,
      reasonCode: pageResult.reasonCode,
      reason: pageResult.reason,
      redirects: pageResult.redirects,
      occurrences: link.occurrences,
      cached: page?.cached ?? false,
      attempts: page?.attempts ?? 0
    }
    if (pageResult.status !== undefined) result.status = pageResult.status
    if (pageResult.movedTo !== undefined && pageResult.outcome === 'redirected') {
      // A redirect without a fragment keeps the link's (RFC 9110, 10.2.2).
      const final = new URL(pageResult.movedTo)
      if (!final.hash) final.hash = new URL(link.url).hash
      result.finalUrl = final.href
    }
    if (link.fragment !== undefined && page && (pageResult.outcome === 'ok' || pageResult.outcome === 'redirected')) {
      result.fragment = fragmentResult(link.fragment, page)
    }
    return result
  }
}

function fragmentResult(fragment: string, page: Page): FragmentResult {
  if (page.cachedFragments?.has(fragment)) return { id: fragment, state: 'found' }
  if (page.anchors) return findFragment(fragment, page.anchors)
  return { id: fragment, state: 'unknown' }
}

function normalize(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

function settledResult(link: Link, outcome: LinkOutcome, reasonCode: LinkReasonCode, reason: string): LinkResult {
  return { url: link.url, outcome, reasonCode, reason, redirects: [], occurrences: link.occurrences, cached: false, attempts: 0 }
}

function pageResultOf(result: ChainResult): PageResult {
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

function fromCache(entry: CacheEntry): PageResult {
  const result: PageResult = {
    outcome: entry.outcome,
    reasonCode: entry.reasonCode,
    reason: entry.reason,
    status: entry.status,
    redirects: entry.redirects,
    transient: false
  }
  if (entry.finalUrl !== undefined) result.movedTo = entry.finalUrl
  return result
}
