import { Agent } from 'undici'
import type { LinkCache } from '../cache/cache.js'
import type { HostTable } from '../options/hosts.js'
import type { LinkCheckerOptions, ResolvedLinkOptions } from '../options/options.js'
import type { ChainContext, ChainResult } from '../request/chain.js'
import { runChain } from '../request/chain.js'
import { createSafeLookup, systemLookup } from '../request/lookup.js'
import { HostQueues } from '../schedule/host-queues.js'
import { NetworkMonitor } from '../schedule/network-monitor.js'
import { Scheduler } from '../schedule/scheduler.js'
import { backoffDelay, sleep } from '../util/timing.js'
import { resultFromCache } from './cache-sync.js'
import { pageResultOf, unchecked, type Page, type PageResult, type Retry } from './page.js'

export interface PageChecksInit {
  options: ResolvedLinkOptions
  input: Pick<LinkCheckerOptions, 'allowPrivateHosts' | 'lookup'>
  hosts: HostTable
  /** Aborted when the run ends (deadline, the caller's signal, or `finish`). */
  run: AbortSignal
  /** `finish` has returned: nothing starts again. */
  finished: () => boolean
  deadlineAt: number
  cacheReady: Promise<LinkCache | undefined>
  cacheKey: (page: Page<unknown>) => string
  /** Why a page the run ended before checking has no result. */
  endedReason: () => string
  /** A check of `page` ended with a result (not parked until the network is back). */
  onChecked: (page: Page<unknown>) => void
  /** A check threw: a bug, not a link failure. */
  onError: (error: unknown) => void
}

/**
 * Requests pages: per host queues, request slots, retries with backoff or
 * `Retry-After`, the cache, and parking while the network is down. Each page
 * gets a `PageResult`; the checker turns those into verdicts.
 */
export class PageChecks {
  readonly #init: PageChecksInit
  readonly #agent: Agent
  readonly #scheduler: Scheduler
  readonly #monitor: NetworkMonitor
  readonly #context: ChainContext
  readonly #queues: HostQueues
  readonly #results = new Map<string, PageResult>()
  readonly #parkedPages = new Set<Page<unknown>>()
  #networkDown = new AbortController()
  #requests = 0

  constructor(init: PageChecksInit) {
    this.#init = init
    const { options, hosts, run } = init
    const privateHosts = init.input.allowPrivateHosts ?? false
    this.#agent = new Agent({
      connect: {
        timeout: options.connectTimeout,
        lookup: createSafeLookup(init.input.lookup ?? systemLookup, privateHosts)
      },
      headersTimeout: options.headersTimeout,
      bodyTimeout: options.bodyTimeout,
      connections: hosts.maxConcurrency(options.hostConcurrency)
    })
    this.#scheduler = new Scheduler({
      globalLimit: options.concurrency,
      hostLimit: (host) => hosts.get(host).concurrency ?? options.hostConcurrency,
      slowGap: options.slowHostGap,
      signal: run
    })
    // Twice the host's request limit: the next check is ready the moment a slot frees.
    this.#queues = new HostQueues((host) => 2 * (hosts.get(host).concurrency ?? options.hostConcurrency))
    this.#monitor = new NetworkMonitor({ onDown: () => this.#networkDown.abort(), onUp: () => this.#resumeParked() })
    this.#context = {
      dispatcher: this.#agent,
      hosts,
      privateHosts,
      options,
      run,
      scheduler: this.#scheduler,
      monitor: this.#monitor,
      getOnlyHosts: new Set(),
      headTrustedHosts: new Set(),
      headClosesHosts: new Set(),
      countRequest: () => {
        this.#requests++
      }
    }
  }

  get requests(): number {
    return this.#requests
  }

  get slowedHosts(): string[] {
    return this.#scheduler.slowedHosts
  }

  get networkDown(): boolean {
    return this.#monitor.down
  }

  /** No request got any answer and every failure was the network's. */
  get networkUnreachable(): boolean {
    return this.#monitor.unreachable
  }

  /** Check `page`, or queue it behind its host's running checks. */
  start(page: Page<unknown>, retry?: Retry): void {
    page.running = true
    this.#queues.run(page.host, () =>
      this.#runPage(page, retry)
        .catch((error: unknown) => this.#init.onError(error))
        .finally(() => {
          page.running = false
          // Parked, but the network came back before this check ended: go again.
          if (page.parked && !this.#monitor.down && !this.#init.finished()) {
            page.parked = false
            this.start(page)
          } else if (page.parked) this.#parkedPages.add(page)
          else this.#init.onChecked(page)
        })
    )
  }

  /** Wait for every check, including those started meanwhile. */
  settle(): Promise<void> {
    return this.#queues.settle()
  }

  /** Whether the page must be fetched again for the anchors its links ask for. */
  needsAnchors(page: Page<unknown>): boolean {
    if (page.anchors !== undefined || page.result === undefined) return false
    if (page.result.outcome !== 'ok' && page.result.outcome !== 'redirected') return false
    return [...(page.fragments ?? [])].some((fragment) => !page.cachedFragments?.has(fragment))
  }

  /** Close every connection. */
  async close(): Promise<void> {
    await this.#agent.destroy().catch(() => undefined)
  }

  async #runPage(page: Page<unknown>, retry?: Retry): Promise<void> {
    const { options } = this.#init
    const cache = await this.#init.cacheReady
    if (!page.result && cache) {
      const hit = cache.get(this.#init.cacheKey(page))
      const result = hit && resultFromCache(hit, this.#init.hosts, options.maxRedirects, this.#context.privateHosts)
      if (hit && result && [...(page.fragments ?? [])].every((fragment) => hit.fragments?.includes(fragment))) {
        page.result = result
        page.cached = true
        if (hit.fragments?.length) page.cachedFragments = new Set(hit.fragments)
      }
    }
    if (!page.result || retry?.force) {
      await this.#checkPage(page, (page.fragments?.size ?? 0) > 0, retry?.retries ?? options.retries)
    }
    // Fragments added while a HEAD was in flight (or not in the cache) need the page itself.
    if (this.needsAnchors(page) && !this.#init.run.aborted) await this.#checkPage(page, true, options.retries)
  }

  async #checkPage(page: Page<unknown>, wantBody: boolean, retries: number): Promise<void> {
    const { deadlineAt, run } = this.#init
    for (let attempt = 1; ; attempt++) {
      if (this.#monitor.down && !page.result) {
        page.parked = true
        return
      }
      // Waits never outlast the run: with a result in hand, do not wait for a retry time or a host held back past the deadline.
      if (page.result && Math.max(page.retryAt, this.#scheduler.readyAt(page.host)) >= deadlineAt) return
      // A `Retry-After` or a backoff, waited off the slot: the host's other URLs go on.
      if (page.retryAt > Date.now()) {
        try {
          await sleep(page.retryAt - Date.now(), AbortSignal.any([run, this.#networkDown.signal]))
        } catch {
          return
        }
      }
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
        if (run.aborted) return this.#endedBeforeResult(page)
        throw error
      } finally {
        slot.release()
      }
      this.#record(page, result, wantBody)
      if (result.kind === 'success') return
      // A `Retry-After` holds for every later attempt, the end-of-run one too; a backoff only for the next one here.
      if (result.retryAfterMs !== undefined) page.retryAt = Date.now() + result.retryAfterMs
      if (!result.transient || attempt > retries || this.#monitor.down) return
      if (result.retryAfterMs === undefined)
        page.retryAt = Date.now() + backoffDelay(attempt, this.#init.options.retryDelay)
    }
  }

  #record(page: Page<unknown>, result: ChainResult, wantBody: boolean): void {
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

  #endedBeforeResult(page: Page<unknown>): void {
    page.result ??= unchecked(this.#init.endedReason())
  }

  #resumeParked(): void {
    this.#networkDown = new AbortController()
    for (const page of this.#parkedPages) {
      if (page.parked && !page.running) {
        page.parked = false
        this.start(page)
      }
    }
    this.#parkedPages.clear()
  }
}
