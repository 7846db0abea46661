import type { LinkCache } from '../cache/cache.js'
import type { HostTable } from '../options/hosts.js'
import type { LinkCheckerOptions, ResolvedLinkOptions } from '../options/options.js'
import type { ChainResult } from '../request/chain.js'
import type { Slot } from '../schedule/scheduler.js'
import { backoffDelay } from '../util/timing.js'
import { resultFromCache } from './cache-sync.js'
import { isBusy, needsAnchors, unchecked, type Page, type PageState } from './page.js'
import { PageResults } from './page-results.js'
import { RequestContext } from './request-context.js'

export interface PageChecksInit {
  options: ResolvedLinkOptions
  input: Pick<LinkCheckerOptions, 'allowPrivateHosts' | 'lookup' | 'githubToken' | 'githubApiUrl'>
  hosts: HostTable
  /** Aborted when the run ends (deadline, the caller's signal, or `finish`). */
  run: AbortSignal
  deadlineAt: number
  cacheReady: Promise<LinkCache | undefined>
  cacheKey: (page: Page<unknown>) => string
  /** The time for the cache's dates. */
  now: () => number
  /** Whether a page's quiet failures are not looked for (`ignoreQuietFailures`). */
  quietIgnored: (url: string) => boolean
  /** Why a page the run ended before checking has no result. */
  endedReason: () => string
  /** A page is `done`: its result is final for the run. */
  onChecked: (page: Page<unknown>) => void
  /** A check threw: a bug, not a link failure. */
  onError: (error: unknown) => void
}

/**
 * The state machine of every page (see `PageState`). Each transition is a
 * method here; nothing else changes a page's state.
 *
 * ```
 *  new ─▶ (cache hit) ─────────────────────────────────────────────┐
 *   │                                                             ▼
 *   └─▶ queued ─▶ running ─┬─ ok, or a failure with no retry left ─▶ done
 *         ▲          │     ├─ transient failure ─▶ waiting (until a time; the
 *         │          │     │     last retry also until the run's end) ─▶ queued
 *         │          │     └─ ok, but its links now ask for anchors ─▶ queued
 *         │          └─ the network is down, no result yet ─▶ parked
 *         └──────────────────────── the network is back ◀──────────┘
 * ```
 *
 * The run's end (its deadline or signal) makes every page `done` but the
 * parked ones; a wait that would outlast the run ends it at once.
 */
export class PageChecks {
  readonly #init: PageChecksInit
  readonly #requests: RequestContext
  readonly #results: PageResults
  /** Pages added before the cache was loaded; `undefined` once it is. */
  #beforeCache: Array<Page<unknown>> | undefined = []
  #cache: LinkCache | undefined
  readonly #timers = new Map<Page<unknown>, NodeJS.Timeout>()
  readonly #waitingForEnd = new Set<Page<unknown>>()
  readonly #parked = new Set<Page<unknown>>()
  /** Pages `new`, `queued`, `running`, or `waiting` for a time: the run is not idle while there are any. */
  #busy = 0
  #onIdle: Array<() => void> = []
  /** The last round of `settle`: a last retry waits only for its time. */
  #ending = false

  constructor(init: PageChecksInit) {
    this.#init = init
    this.#requests = new RequestContext(init.options, init.input, init.hosts, init.run, {
      onNetworkDown: () => this.#networkDown(),
      onNetworkUp: () => this.#networkUp()
    })
    this.#results = new PageResults(this.#requests, init.run, {
      check: init.options.checkQuietFailures,
      ignored: init.quietIgnored
    })
    init.run.addEventListener('abort', () => this.#runEnded(), { once: true })
    void init.cacheReady.then((cache) => {
      this.#cache = cache
      const pages = this.#beforeCache ?? []
      this.#beforeCache = undefined
      for (const page of pages) this.#begin(page)
    })
  }

  get requests(): number {
    return this.#requests.count
  }

  get slowedHosts(): string[] {
    return this.#requests.scheduler.slowedHosts
  }

  /** Why GitHub's API stopped being asked this run, if it did. */
  get githubStopped(): string | undefined {
    return this.#requests.github?.state.stopped
  }

  get networkDown(): boolean {
    return this.#requests.monitor.down
  }

  /** No request got any answer and every failure was the network's. */
  get networkUnreachable(): boolean {
    return this.#requests.monitor.unreachable
  }

  /** Check a `new` page; or fetch a `done` one again for the anchors its links now ask for. */
  start(page: Page<unknown>): void {
    if (page.state === 'done') {
      this.#queue(page)
      return
    }
    if (page.state !== 'new') return
    this.#busy++
    if (this.#beforeCache) this.#beforeCache.push(page)
    else this.#begin(page)
  }

  /**
   * Wait until every page is done (or parked): the checks, their retries,
   * pages added meanwhile, and then the last retries, held until now.
   */
  async settle(): Promise<void> {
    await this.#idle()
    if (this.#waitingForEnd.size === 0) return
    this.#ending = true
    const last = [...this.#waitingForEnd]
    this.#waitingForEnd.clear()
    for (const page of last) this.#wait(page, page.until, false)
    await this.#idle()
  }

  /** Close every connection. */
  close(): Promise<void> {
    return this.#requests.close()
  }

  // Transitions.

  /** `new` → `done` (a fresh cache entry answers it) or `queued`. */
  #begin(page: Page<unknown>): void {
    const hit = this.#cache?.get(this.#init.cacheKey(page), this.#init.now())
    const result =
      hit && resultFromCache(hit, this.#init.hosts, this.#init.options.maxRedirects, this.#requests.privateHosts)
    if (hit && result && [...(page.fragments ?? [])].every((fragment) => hit.fragments?.includes(fragment))) {
      page.result = result
      page.source = 'cache'
      if (hit.fragments?.length) page.cachedFragments = new Set(hit.fragments)
      this.#done(page)
    } else this.#queue(page)
  }

  /** → `queued` behind its host's other pages, or `done` when the run cannot reach it any more. */
  #queue(page: Page<unknown>): void {
    const { run, deadlineAt } = this.#init
    // With a result in hand, never wait for a host held back past the deadline.
    if (run.aborted || (page.result && this.#requests.scheduler.readyAt(page.host) >= deadlineAt)) {
      this.#done(page)
      return
    }
    this.#enter(page, 'queued')
    this.#requests.scheduler.enqueue(
      page.host,
      (slot) => {
        this.#run(page, slot).catch((error: unknown) => {
          this.#init.onError(error)
          this.#done(page)
        })
      },
      () => this.#done(page)
    )
  }

  /** `queued` → `running` with a slot → `done`, `waiting`, `queued` (anchors) or `parked`. */
  async #run(page: Page<unknown>, slot: Slot): Promise<void> {
    // The network went down while this page waited for its turn.
    if (this.#requests.monitor.down) {
      slot.release()
      if (page.result) this.#done(page)
      else this.#park(page)
      return
    }
    this.#enter(page, 'running')
    let result: ChainResult
    try {
      page.attempts++
      result = await this.#results.ask(page, slot)
    } catch (error) {
      if (this.#init.run.aborted) return this.#done(page)
      throw error
    } finally {
      slot.release()
    }
    this.#results.record(page, result)
    if (result.kind === 'success') {
      await this.#results.checkQuiet(page, result)
      // Fragments added while a HEAD was in flight (or not in the cache) need the page itself.
      if (needsAnchors(page)) this.#queue(page)
      else this.#done(page)
      return
    }
    const { retries, retryDelay } = this.#init.options
    const retried = page.attempts - 1
    if (!result.transient || retried >= retries || this.#init.run.aborted || this.#requests.monitor.down) {
      if (result.outcome === 'broken') await this.#results.tryHttps(page)
      this.#done(page)
      return
    }
    // The last retry waits for the run's end; a `Retry-After` holds for it too, a backoff only for the next retry.
    const last = retried + 1 === retries
    const now = Date.now()
    const until =
      result.retryAfterMs !== undefined
        ? now + result.retryAfterMs
        : last
          ? 0
          : now + backoffDelay(page.attempts, retryDelay)
    this.#wait(page, until, last)
  }

  /** → `waiting` until `until` (and the run's end, for the last retry), then `queued`; `done` if that outlasts the run. */
  #wait(page: Page<unknown>, until: number, untilEnd: boolean): void {
    page.until = until
    if (Math.max(until, this.#requests.scheduler.readyAt(page.host)) >= this.#init.deadlineAt) {
      this.#done(page)
      return
    }
    if (untilEnd && !this.#ending) {
      this.#enter(page, 'waiting', true)
      this.#waitingForEnd.add(page)
      return
    }
    const delay = until - Date.now()
    if (delay <= 0) {
      this.#queue(page)
      return
    }
    this.#enter(page, 'waiting')
    this.#timers.set(
      page,
      setTimeout(() => {
        this.#timers.delete(page)
        this.#queue(page)
      }, delay)
    )
  }

  /** → `parked` until the network is back. */
  #park(page: Page<unknown>): void {
    this.#enter(page, 'parked')
    this.#parked.add(page)
  }

  /** → `done`: the result is final (or the run ended first). */
  #done(page: Page<unknown>): void {
    if (page.state === 'done') return
    page.result ??= unchecked(this.#init.endedReason())
    this.#enter(page, 'done')
    this.#init.onChecked(page)
  }

  /** The network is down: no page waits for a retry any more (each has a result); those without one park when their turn comes. */
  #networkDown(): void {
    for (const page of [...this.#timers.keys(), ...this.#waitingForEnd]) this.#stopWaiting(page)
  }

  #networkUp(): void {
    const parked = [...this.#parked]
    this.#parked.clear()
    for (const page of parked) this.#queue(page)
  }

  /** The run ended: every page still to check is done; parked pages stay parked (the network was down). */
  #runEnded(): void {
    for (const page of [...this.#timers.keys(), ...this.#waitingForEnd]) this.#stopWaiting(page)
  }

  #stopWaiting(page: Page<unknown>): void {
    clearTimeout(this.#timers.get(page))
    this.#timers.delete(page)
    this.#waitingForEnd.delete(page)
    this.#done(page)
  }

  /** Change the state, keeping count of busy pages. */
  #enter(page: Page<unknown>, state: PageState, untilEnd = false): void {
    const wasBusy = isBusy(page)
    page.state = state
    page.untilEnd = untilEnd
    this.#busy += Number(isBusy(page)) - Number(wasBusy)
    if (this.#busy === 0) for (const resolve of this.#onIdle.splice(0)) resolve()
  }

  #idle(): Promise<void> {
    if (this.#busy === 0) return Promise.resolve()
    return new Promise((resolve) => this.#onIdle.push(resolve))
  }
}
