/**
 * How fast one host may be asked: requests in flight at once, a gap between
 * request starts, and a time before which nothing starts. A host that asks us
 * to slow down (429) has its concurrency halved, and the refused URL waits
 * out its own `Retry-After` (`PageChecks`); only a host that asks again when
 * already down to one request at a time, or that says the whole service is
 * unavailable (503 with `Retry-After`), is held back until the wait ends.
 * Every round of answers without such a request wins part of the pace back
 * (additive increase, multiplicative decrease, as TCP does), so a few
 * rate-limited URLs cost a host a few rounds, not the rest of the run.
 */
export class HostPace {
  /** Requests in flight now. */
  active = 0
  /** Requests allowed in flight at once: `maxLimit` unless slowed down. */
  limit: number
  /** Not before this time (ms since epoch) may a request start. */
  nextStartAt = 0
  /** Minimum time between request starts; 0 unless the host kept asking to slow down at one request at a time. */
  gap = 0
  /** The host asked to slow down at some point in the run. */
  everSlowed = false
  readonly #maxLimit: number
  readonly #slowGap: number
  /** When the host was last slowed down (ms since epoch). */
  #slowedAt = 0
  /** Answers without a request to slow down since the pace last changed. */
  #calmAnswers = 0

  constructor(maxLimit: number, slowGap: number) {
    this.#maxLimit = maxLimit
    this.limit = maxLimit
    this.#slowGap = slowGap
  }

  /**
   * The host asked to slow down in answer to a request sent at `sentAt`, and
   * to wait `waitMs`. A request sent before the host was last slowed down was
   * part of the load that slowing answered: it slows the host no further.
   * `wholeHost` (a 503) holds every request to the host back for the wait.
   */
  slowDown(waitMs: number, sentAt: number, now: number, wholeHost = false): void {
    let hold = wholeHost
    if (!this.everSlowed || sentAt >= this.#slowedAt) {
      // Halve the concurrency; only a host that asks again when already at
      // one request is held back and gets a gap between requests, doubled each time.
      if (this.limit === 1) {
        this.gap = this.gap === 0 ? this.#slowGap : this.gap * 2
        hold = true
      }
      this.limit = Math.max(1, Math.floor(this.limit / 2))
      this.everSlowed = true
      this.#slowedAt = now
      this.#calmAnswers = 0
    }
    if (hold) this.nextStartAt = Math.max(this.nextStartAt, now + waitMs)
  }

  /** The host answered without asking to slow down: after a round of such answers, win back part of the pace. */
  answered(): void {
    if (this.limit === this.#maxLimit && this.gap === 0) return
    if (++this.#calmAnswers < this.limit) return
    this.#calmAnswers = 0
    if (this.gap > 0) this.gap = this.gap > this.#slowGap ? this.gap / 2 : 0
    else this.limit++
  }

  /** Whether a request may start now; `wake.at` learns when a held-back host opens. */
  isOpen(now: number, wake: { at: number }): boolean {
    if (this.active >= this.limit) return false
    if (this.nextStartAt > now) {
      wake.at = Math.min(wake.at, this.nextStartAt)
      return false
    }
    return true
  }

  /** A request starts now. */
  take(now: number): void {
    this.active++
    if (this.gap > 0) this.nextStartAt = now + this.gap
  }
}
