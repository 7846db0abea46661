// Preloaded (`node --import`) into every checker the link benchmark runs:
// resolves the farm's names (`h02.linkfarm.test` → 127.0.0.2, see plan.js)
// in `dns.lookup` and `dns.promises.lookup`, and passes every other name to
// the system's resolver. Both checkers get the same instant answers, so
// neither pays for a DNS server the other does not.
import dns from 'node:dns'
import { syncBuiltinESMExports } from 'node:module'
import { farmAddressOf } from './plan.js'

const systemLookup = dns.lookup
const systemPromiseLookup = dns.promises.lookup

function notFound(hostname) {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: 'ENOTFOUND',
    errno: -3008,
    syscall: 'getaddrinfo',
    hostname
  })
}

/** `{ address, family }` for a farm name, `null` when the caller wants IPv6 only, undefined for other names. */
function answer(hostname, options) {
  const address = farmAddressOf(hostname)
  if (address === undefined) return undefined
  const family = typeof options === 'number' ? options : (options?.family ?? 0)
  return family === 6 || family === 'IPv6' ? null : { address, family: 4 }
}

dns.lookup = function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options
    options = undefined
  }
  const found = answer(hostname, options)
  if (found === undefined) return systemLookup.call(dns, hostname, options ?? {}, callback)
  process.nextTick(() => {
    if (found === null) callback(notFound(hostname))
    else if (typeof options === 'object' && options?.all) callback(null, [found])
    else callback(null, found.address, found.family)
  })
  return {}
}

dns.promises.lookup = async function lookup(hostname, options) {
  const found = answer(hostname, options)
  if (found === undefined) return systemPromiseLookup.call(dns.promises, hostname, options)
  if (found === null) throw notFound(hostname)
  return typeof options === 'object' && options?.all ? [found] : found
}

// Update the named exports that ES modules import (`import { lookup } from 'node:dns/promises'`).
syncBuiltinESMExports()
