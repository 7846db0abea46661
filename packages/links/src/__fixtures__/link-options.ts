// Link-checker options and made-up places for tests against the loopback
// servers of `@roadmap/test-servers`.
import type { LinkCheckerOptions, LookupFunction } from '../options/options.js'

/** A DNS stand-in: names map to addresses; anything else is ENOTFOUND. */
export function fakeDns(names: Record<string, string | ReadonlyArray<string>>): LookupFunction {
  return async (hostname) => {
    const found = names[hostname.toLowerCase()]
    if (found === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    return (typeof found === 'string' ? [found] : found).map((address) => ({
      address,
      family: address.includes(':') ? 6 : 4
    }))
  }
}

/** A DNS that fails every name, as on a machine without a network. */
export function failingDns(code = 'EAI_AGAIN'): LookupFunction {
  return async (hostname) => {
    throw Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), { code })
  }
}

/** A made-up place a link is used at, as a caller might keep it. */
export interface TestPlace {
  file: string
  line: number
}

let line = 0
/** A URL and a made-up place, ready for `checker.add(...at(url))`. */
export function at(url: string, file = 'content/backend/step.md'): [url: string, place: TestPlace] {
  line++
  return [url, { file, line }]
}

/**
 * Options for tests against loopback servers: private hosts allowed, fast
 * retries, short timeouts, and a DNS that knows only `localhost`, so no test
 * can resolve (let alone reach) a host outside the machine. The quiet-failure
 * checks (a made-up path per site) are off, so that each test counts only
 * the requests of what it tests; `quiet` turns them on.
 */
export const loopback: LinkCheckerOptions = {
  allowPrivateHosts: true,
  checkQuietFailures: false,
  lookup: fakeDns({ localhost: '127.0.0.1' }),
  retryDelay: 5,
  slowHostGap: 20,
  connectTimeout: 2_000,
  headersTimeout: 3_000,
  bodyTimeout: 3_000,
  requestTimeout: 5_000,
  deadline: 15_000
}

/** `loopback` with the quiet-failure checks on, as they are by default. */
export const quiet: LinkCheckerOptions = { ...loopback, checkQuietFailures: true }
