// What every URL of the link benchmark is, shared by the farm (which answers
// it) and the library generator and the report (which predict the answer).
// A URL's host and fate follow from its number alone, so nothing has to be
// passed between processes but the port.

/** The farm's hosts: 127.0.0.2 … 127.0.0.21 (all of 127.0.0.0/8 is loopback on Linux). */
export const hostCount = 20
export const hostAddress = (index) => `127.0.0.${index + 2}`
export const hostAddresses = Array.from({ length: hostCount }, (_, index) => hostAddress(index))

/**
 * The name links use for a host: `h02.linkfarm.test` is 127.0.0.2. Resource
 * URLs need a domain name (the `resource-url` rule), so the checkers run with
 * farm-dns.js preloaded, which resolves these names (`.test` is reserved for
 * testing, RFC 6761) and leaves every other name to the system.
 */
export const farmDomain = 'linkfarm.test'
export const hostName = (index) => `h${String(index + 2).padStart(2, '0')}.${farmDomain}`

/** The farm address of a host name, or undefined when the name is not the farm's. */
export function farmAddressOf(hostname) {
  const match = /^h(\d{2})\.linkfarm\.test\.?$/i.exec(hostname)
  const octet = match ? Number(match[1]) : 0
  return octet >= 2 && octet < 2 + hostCount ? `127.0.0.${octet}` : undefined
}

/**
 * What the farm does with a URL, in the `mixed` farm. In the `healthy` farm a
 * `rate-limited` URL answers 200 at once.
 * - `ok`: 200
 * - `not-found`: 404
 * - `moved`: 301 to `/moved/<n>` on the next host, which answers 200
 * - `rate-limited`: 429 with `Retry-After: 1` the first time, 200 after that
 */
export const urlKinds = ['ok', 'not-found', 'moved', 'rate-limited']

/** mulberry32 of the URL's number: the same fate on every machine. */
function unit(number, seed) {
  let state = (Math.imul(number, 0x9e3779b1) ^ seed) >>> 0
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** 90% `ok`; the rest split evenly between `not-found`, `moved` and `rate-limited`. */
export function kindOf(number) {
  const draw = unit(number, 0x5eed)
  if (draw < 0.9) return 'ok'
  if (draw < 0.9 + 0.1 / 3) return 'not-found'
  if (draw < 0.9 + 0.2 / 3) return 'moved'
  return 'rate-limited'
}

/** URLs are spread evenly: URL `n` lives on host `n mod 20`. */
export const hostIndexOf = (number) => number % hostCount

const words = [
  'guide',
  'intro',
  'tutorial',
  'reference',
  'handbook',
  'overview',
  'notes',
  'patterns',
  'basics',
  'deep-dive'
]

/** The path of URL `n`: `/docs/<word>-<n>`; the farm reads the number back from the end. */
export const pathOf = (number) => `/docs/${words[number % words.length]}-${number}`

export const urlOf = (number, port) => `http://${hostName(hostIndexOf(number))}:${port}${pathOf(number)}`

/** Where a `moved` URL points: another host, so the redirect moves the checker's slot. */
export const movedTargetOf = (number, port) =>
  `http://${hostName((hostIndexOf(number) + 1) % hostCount)}:${port}/moved/${number}`

/** The URL number a request path belongs to (a redirect target counts for its source), or undefined. */
export function numberOfPath(path) {
  const match = /^\/(?:docs\/[a-z-]+-|moved\/)(\d+)$/.exec(path)
  return match ? Number(match[1]) : undefined
}
