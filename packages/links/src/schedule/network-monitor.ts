/**
 * Error codes that say more about the network than about the host: DNS that
 * cannot resolve anything, no route, connects that never complete.
 */
const networkLevelCodes: ReadonlySet<string> = new Set([
  'EAI_AGAIN',
  'EAI_FAIL',
  'ENOTFOUND',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT'
])

export function isNetworkLevel(code: string | undefined): boolean {
  return code !== undefined && networkLevelCodes.has(code)
}

/**
 * Tells "this link is broken" from "this machine is offline". Until the first
 * HTTP response (any status) arrives, network-level failures are counted per
 * host. Once `downAfterHosts` different hosts failed that way and nothing has
 * answered, the network is taken as down: `onDown` fires so the checker stops
 * retrying and parks the links left. A response arriving later (a slow
 * request still in flight) brings it back up (`onUp`), and parked links run.
 *
 * At the end, `unreachable` says whether to report "network unreachable"
 * instead of each link: no response at all, and network-level failures on at
 * least two hosts (one unknown host alone is a broken link, not an outage).
 */
export class NetworkMonitor {
  readonly #downAfterHosts: number
  readonly #failedHosts = new Set<string>()
  readonly #onDown: () => void
  readonly #onUp: () => void
  #responses = 0
  #down = false

  constructor(options: { downAfterHosts?: number; onDown: () => void; onUp: () => void }) {
    this.#downAfterHosts = options.downAfterHosts ?? 3
    this.#onDown = options.onDown
    this.#onUp = options.onUp
  }

  get down(): boolean {
    return this.#down
  }

  get unreachable(): boolean {
    return this.#responses === 0 && this.#failedHosts.size >= 2
  }

  recordResponse(): void {
    this.#responses++
    if (this.#down) {
      this.#down = false
      this.#onUp()
    }
  }

  recordFailure(host: string, code: string | undefined): void {
    if (this.#responses > 0 || !isNetworkLevel(code)) return
    this.#failedHosts.add(host)
    if (!this.#down && this.#failedHosts.size >= this.#downAfterHosts) {
      this.#down = true
      this.#onDown()
    }
  }
}
