interface HostState {
  active: number
  limit: number
  /** Not before this time (ms since epoch) may a request to the host start. */
  nextStartAt: number
  /** Minimum gap between request starts; 0 unless the host asked us to slow down. */
  gap: number
  slowed: boolean
  /** When the host was last slowed down (ms since epoch). */
  slowedAt: number
  /** Checks waiting for their first slot, in order. */
  waiting: Waiter[]
}

interface Waiter {
  host: string
  grant: () => void
  fail: (reason: unknown) => void
}

/**
 * Hands out request slots under a global limit and a per-host limit. Each
 * host has its own queue and hosts take turns, so a busy host never holds up
 * the others. A host that asks us to slow down (429, `Retry-After`) gets one
 * request at a time, a minimum gap between requests, and no request before its
 * wait ends. Every wait ends when `signal` aborts (the run's deadline).
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

  constructor(options: { globalLimit: number; hostLimit: (host: string) => number; slowGap: number; signal: AbortSignal }) {
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
   * Slow `host` down for the rest of the run, and start nothing there for
   * `waitMs`. `sentAt` is when the request that was asked to slow down went
   * out: one sent before the host was last slowed down was part of the load
   * that slowing answered, so it holds the host back but slows it no further.
   */
  slowDown(host: string, waitMs: number, sentAt = Date.now()): void {
    const state = this.#state(host)
    // Halve the host's concurrency at each request to slow down; only a host
    // that asks again when already at one request gets a gap between them.
    // (One request a second from the first 429 on would take hours for a big
    // library on one host, and outlast the run's deadline.)
    if (!state.slowed || sentAt >= state.slowedAt) {
      if (state.slowed && state.limit === 1) state.gap = Math.max(state.gap, this.#slowGap)
      state.slowed = true
      state.slowedAt = Date.now()
      state.limit = Math.max(1, Math.floor(state.limit / 2))
    }
    state.nextStartAt = Math.max(state.nextStartAt, Date.now() + waitMs)
    this.#pump()
  }

  /** The earliest time a request to `host` may start (later than now while it is held back). */
  readyAt(host: string): number {
    return this.#hosts.get(host)?.nextStartAt ?? 0
  }

  get slowedHosts(): string[] {
    return [...this.#hosts].filter(([, state]) => state.slowed).map(([host]) => host).sort()
  }

  /** @internal Used by `Slot`. */
  wait(host: string, holdsGlobal: boolean): Promise<void> {
    return this.#wait(host, holdsGlobal)
  }

  /** @internal Used by `Slot`. */
  release(host: string | undefined, global: boolean): void {
    if (host !== undefined) this.#state(host).active--
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
      state = { active: 0, limit: this.#hostLimit(host), nextStartAt: 0, gap: 0, slowed: false, slowedAt: 0, waiting: [] }
      this.#hosts.set(host, state)
    }
    return state
  }

  /** Whether `state` can start a request now; remembers when a held-back host opens. */
  #open(state: HostState, now: number, wake: { at: number }): boolean {
    if (state.active >= state.limit) return false
    if (state.nextStartAt > now) {
      wake.at = Math.min(wake.at, state.nextStartAt)
      return false
    }
    return true
  }

  #take(state: HostState, now: number): void {
    state.active++
    if (state.gap > 0) state.nextStartAt = now + state.gap
  }

  #pump(): void {
    if (this.#signal.aborted) return
    const now = Date.now()
    const wake = { at: Number.POSITIVE_INFINITY }
    const granted: Waiter[] = []
    this.#moving = this.#moving.filter((waiter) => {
      const state = this.#state(waiter.host)
      if (!this.#open(state, now, wake)) return true
      this.#take(state, now)
      granted.push(waiter)
      return false
    })
    // Hosts take turns: one grant per host per round, until the global limit or no host can start.
    let progress = true
    while (progress && this.#globalActive < this.#globalLimit) {
      progress = false
      for (const state of this.#hosts.values()) {
        if (this.#globalActive >= this.#globalLimit) break
        if (state.waiting.length === 0 || !this.#open(state, now, wake)) continue
        const waiter = state.waiting.shift()
        if (!waiter) continue
        this.#take(state, now)
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
    this.#timer = setTimeout(() => {
      this.#timerAt = Number.POSITIVE_INFINITY
      this.#timer = undefined
      this.#pump()
    }, Math.max(0, at - Date.now()))
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
