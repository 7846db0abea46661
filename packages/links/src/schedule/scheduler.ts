import { HostPace } from './host-pace.js'

interface Waiter {
  host: string
  grant: () => void
  fail: (reason: unknown) => void
}

interface HostState {
  pace: HostPace
  /** Checks waiting for their first slot, in order. */
  waiting: Waiter[]
}

/**
 * Hands out request slots under a global limit and a per-host limit. Each
 * host has its own queue and hosts take turns, so a busy host never holds up
 * the others. A host that asks us to slow down (429, `Retry-After`) gets a
 * slower pace for a while, and no request at all before its wait ends when it
 * keeps asking or is unavailable as a whole (`HostPace`).
 * Every wait ends when `signal` aborts (the run's deadline).
 */
export class Scheduler {
  readonly #globalLimit: number
  readonly #hostLimit: (host: string) => number
  readonly #slowGap: number
  readonly #signal: AbortSignal
  readonly #hosts = new Map<string, HostState>()
  /** Redirects moving to another host: they already hold a global slot, and go first. */
  #moving: Waiter[] = []
  #globalActive = 0
  #timer: NodeJS.Timeout | undefined
  #timerAt = Number.POSITIVE_INFINITY

  constructor(options: {
    globalLimit: number
    hostLimit: (host: string) => number
    slowGap: number
    signal: AbortSignal
  }) {
    this.#globalLimit = options.globalLimit
    this.#hostLimit = options.hostLimit
    this.#slowGap = options.slowGap
    this.#signal = options.signal
    this.#signal.addEventListener('abort', () => this.#abortAll(), { once: true })
  }

  /** Wait for a global slot and a slot on `host`. Rejects with the signal's reason when the run ends first. */
  acquire(host: string): Promise<Slot> {
    return this.#wait(host, false).then(() => new Slot(this, host))
  }

  /**
   * `host` asked to slow down in answer to a request sent at `sentAt`: slow it
   * down for a while, and start nothing there for `waitMs` when the whole host
   * must wait (`HostPace`).
   */
  slowDown(host: string, waitMs: number, sentAt = Date.now(), wholeHost = false): void {
    this.#state(host).pace.slowDown(waitMs, sentAt, Date.now(), wholeHost)
    this.#pump()
  }

  /** `host` answered without asking to slow down: it wins back part of its pace. */
  answered(host: string): void {
    this.#state(host).pace.answered()
    this.#pump()
  }

  /** The earliest time a request to `host` may start (later than now while it is held back). */
  readyAt(host: string): number {
    return this.#hosts.get(host)?.pace.nextStartAt ?? 0
  }

  get slowedHosts(): string[] {
    return [...this.#hosts]
      .filter(([, state]) => state.pace.everSlowed)
      .map(([host]) => host)
      .sort()
  }

  /** @internal Used by `Slot`. */
  wait(host: string, holdsGlobal: boolean): Promise<void> {
    return this.#wait(host, holdsGlobal)
  }

  /** @internal Used by `Slot`. */
  release(host: string | undefined, global: boolean): void {
    if (host !== undefined) this.#state(host).pace.active--
    if (global) this.#globalActive--
    this.#pump()
  }

  #wait(host: string, holdsGlobal: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#signal.aborted) {
        reject(this.#signal.reason)
        return
      }
      const waiter = { host, grant: resolve, fail: reject }
      if (holdsGlobal) this.#moving.push(waiter)
      else this.#state(host).waiting.push(waiter)
      this.#pump()
    })
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host)
    if (!state) {
      state = { pace: new HostPace(this.#hostLimit(host), this.#slowGap), waiting: [] }
      this.#hosts.set(host, state)
    }
    return state
  }

  #pump(): void {
    if (this.#signal.aborted) return
    const now = Date.now()
    const wake = { at: Number.POSITIVE_INFINITY }
    const granted: Waiter[] = []
    this.#moving = this.#moving.filter((waiter) => {
      const { pace } = this.#state(waiter.host)
      if (!pace.isOpen(now, wake)) return true
      pace.take(now)
      granted.push(waiter)
      return false
    })
    // Hosts take turns: one grant per host per round, until the global limit or no host can start.
    let progress = true
    while (progress && this.#globalActive < this.#globalLimit) {
      progress = false
      for (const state of this.#hosts.values()) {
        if (this.#globalActive >= this.#globalLimit) break
        if (state.waiting.length === 0 || !state.pace.isOpen(now, wake)) continue
        const waiter = state.waiting.shift()
        if (!waiter) continue
        state.pace.take(now)
        this.#globalActive++
        granted.push(waiter)
        progress = true
      }
    }
    this.#arm(wake.at)
    for (const waiter of granted) waiter.grant()
  }

  #arm(at: number): void {
    if (at === Number.POSITIVE_INFINITY || at >= this.#timerAt) return
    clearTimeout(this.#timer)
    this.#timerAt = at
    this.#timer = setTimeout(
      () => {
        this.#timerAt = Number.POSITIVE_INFINITY
        this.#timer = undefined
        this.#pump()
      },
      Math.max(0, at - Date.now())
    )
  }

  #abortAll(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    const waiting = [...this.#moving, ...[...this.#hosts.values()].flatMap((state) => state.waiting.splice(0))]
    this.#moving = []
    for (const waiter of waiting) waiter.fail(this.#signal.reason)
  }
}

/** A global slot plus a slot on one host; redirects move it to another host without giving up the global share. */
export class Slot {
  readonly #scheduler: Scheduler
  #host: string | undefined
  #released = false

  constructor(scheduler: Scheduler, host: string) {
    this.#scheduler = scheduler
    this.#host = host
  }

  get host(): string | undefined {
    return this.#host
  }

  /**
   * Follow a redirect to `host` in the same global slot. The old host's slot is
   * given up before waiting, so two chains redirecting into each other's host
   * cannot deadlock.
   */
  async moveTo(host: string): Promise<void> {
    if (this.#released || host === this.#host) return
    this.#scheduler.release(this.#host, false)
    this.#host = undefined
    await this.#scheduler.wait(host, true)
    if (this.#released) this.#scheduler.release(host, false)
    else this.#host = host
  }

  release(): void {
    if (this.#released) return
    this.#released = true
    this.#scheduler.release(this.#host, true)
    this.#host = undefined
  }
}
