/**
 * Milliseconds to wait from a `Retry-After` header: delta seconds or an HTTP
 * date, capped at `max`. `undefined` when absent or unreadable.
 *
 * @example
 *   parseRetryAfter('120', 30_000) // 30000
 */
export function parseRetryAfter(value: string | undefined, max: number, now = Date.now()): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  let wait: number
  if (/^\d+$/.test(text)) wait = Number(text) * 1000
  else {
    // An HTTP date has day and month names; `Date.parse` would take `-5` as a year.
    if (!/[a-z]/i.test(text)) return undefined
    const date = Date.parse(text)
    if (Number.isNaN(date)) return undefined
    wait = date - now
  }
  return Math.min(Math.max(0, wait), max)
}

/**
 * Exponential backoff with "equal jitter": between half and all of
 * `base * 2^(retry-1)`, so clients that failed together do not retry together.
 *
 * @example
 *   backoffDelay(2, 1000) // between 1000 and 2000
 */
export function backoffDelay(retry: number, base: number, random: () => number = Math.random): number {
  const ceiling = base * 2 ** Math.max(0, retry - 1)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/**
 * A duration for messages: `400 ms`, `15 s`, `10 min`, `1.5 h`.
 *
 * @example
 *   formatDuration(600_000) // '10 min'
 */
export function formatDuration(ms: number): string {
  const round = (value: number) => String(Math.round(value * 10) / 10)
  if (ms < 1000) return `${ms} ms`
  if (ms < 60_000) return `${round(ms / 1000)} s`
  if (ms < 3_600_000) return `${round(ms / 60_000)} min`
  return `${round(ms / 3_600_000)} h`
}
