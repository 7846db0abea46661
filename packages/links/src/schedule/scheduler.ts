import { HostPace } from './host-pace.js'

/** One entry of a host's queue: what to start with the slot, or to call when the run ends first. */
interface Waiter {
  host: string
  grant: (slot: Slot) => void
  fail: (reason: unknown) => void
}

/** A redirect moving to another host: its chain holds a global slot already, and resumes with the host's. */
interface Move {
  host: string
  resume: () => void
  fail: (reason: unknown) => void
}

interface HostState {
  pace: HostPace
  /** Waiting for their first slot, in order. A queued check costs this entry, not a running task. */
  waiting: Waiter[]
}

/**
 * Hands out request slots under a global limit and a per-host limit. Each
 * host has its own queue and hosts take turns, so a busy host never holds up
 * the others. A host that asks us to slow down (429, `Retry-After`) gets a
 * slower pace for a while, and no request at all before its wait ends when it
 * keeps asking or is unavailable as a whole (`HostPace`).
 * Every wait ends when `signal` aborts (the run's deadline).
 *
 * The queues hold entries, not suspended calls: a library that names 10,000
 * new URLs faster than hosts answer costs 10,000 small objects here, and
 * only the checks that hold a slot are running (bench/README.md).
 */
export class Scheduler {
  readonly #globalLimit: number
  readonly #hostLimit: (host: string) => number
  readonly #slowGap: number
  readonly #signal: AbortSignal
  readonly #hosts = new Map<string, HostState>()
  /** Redirects moving to another host: they already hold a global slot, and go first. */
  #moving: Move[] = []
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

  /**
   * Queue `grant` behind `host`'s waiting checks: it is called with a global
   * slot and a slot on `host` once both are free, or `fail` is called with the
   * signal's reason when the run ends first.
   */
  enqueue(host: string, grant: (slot: Slot) => void, fail: (reason: unknown) => void): void {
    if (this.#signal.aborted) {
      fail(this.#signal.reason)
      return
    }
    this.#state(host).waiting.push({ host, grant, fail })
    this.#pump()
  }

  /** Wait for a global slot and a slot on `host`. Rejects with the signal's reason when the run ends first. */
  acquire(host: string): Promise<Slot> {
    return new Promise((resolve, reject) => this.enqueue(host, resolve, reject))
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

  /** @internal Used by `Slot`: a slot on `host` for a chain that already holds a global slot. */
  wait(host: string): Promise<void> {
    return this.#wait(host)
  }

  /** @internal Used by `Slot`. */
  release(host: string | undefined, global: boolean): void {
    if (host !== undefined) this.#state(host).pace.active--
    if (global) this.#globalActive--
    this.#pump()
  }

  #wait(host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#signal.aborted) {
        reject(this.#signal.reason)
        return
      }
      this.#moving.push({ host, resume: resolve, fail: reject })
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
    const resumed: Move[] = []
    const granted: Array<[Waiter, Slot]> = []
    this.#moving = this.#moving.filter((move) => {
      const { pace } = this.#state(move.host)
      if (!pace.isOpen(now, wake)) return true
      pace.take(now)
      resumed.push(move)
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
        granted.push([waiter, new Slot(this, waiter.host)])
        progress = true
      }
    }
    this.#arm(wake.at)
    for (const move of resumed) move.resume()
    for (const [waiter, slot] of granted) waiter.grant(slot)
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
    await this.#scheduler.wait(host)
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
