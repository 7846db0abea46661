import { lookup as dnsLookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import type { LookupAddress } from 'node:dns'
import type { LookupFunction as NetLookupFunction } from 'node:net'
import { refusedAddress } from './address.js'
import { PrivateAddressError } from '../errors.js'
import type { LookupFunction } from '../options/options.js'

/** Which hosts may resolve to private addresses: none, all, or the listed host names. */
export type PrivateHostPolicy = boolean | ReadonlyArray<string>

export function allowsPrivate(policy: PrivateHostPolicy, hostname: string): boolean {
  if (typeof policy === 'boolean') return policy
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  return policy.some((allowed) => allowed.toLowerCase().replace(/^\[|\]$/g, '') === host)
}

/**
 * The refused address a URL names literally (`http://10.0.0.1/`,
 * `http://[::1]/`), unless `policy` allows its host; host names are judged
 * when they are resolved (`createSafeLookup`).
 */
export function refusedLiteral(url: URL, policy: PrivateHostPolicy): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) === 0 || allowsPrivate(policy, url.hostname)) return undefined
  return refusedAddress(host)
}

export const systemLookup: LookupFunction = (hostname) => dnsLookup(hostname, { all: true, order: 'verbatim' })

/**
 * A `lookup` for `net.connect` (through undici's `connect` options) that
 * resolves the name, drops every address the checker refuses, and hands Node
 * only the allowed ones, so the socket can only ever connect to an allowed
 * address: a name that resolves to 127.0.0.1 or 169.254.169.254 fails with
 * `PrivateAddressError` before any connection is attempted. Node does not
 * call `lookup` for IP literals; the checker tests those before sending.
 */
export function createSafeLookup(resolve: LookupFunction, policy: PrivateHostPolicy): NetLookupFunction {
  return (hostname, options, callback) => {
    const unrestricted = allowsPrivate(policy, hostname)
    resolve(hostname).then(
      (found) => {
        let addresses: LookupAddress[] = found.map(({ address, family }) => ({ address, family }))
        if (options.family === 4 || options.family === 6) {
          addresses = addresses.filter((entry) => entry.family === options.family)
        }
        const allowed = unrestricted
          ? addresses
          : addresses.filter((entry) => refusedAddress(entry.address) === undefined)
        const first = allowed[0]
        if (!first) {
          const refused = addresses[0]
          const error = refused
            ? new PrivateAddressError(refusedAddress(refused.address) ?? refused.address)
            : Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname })
          callback(error as NodeJS.ErrnoException, '', 0)
          return
        }
        if (options.all) (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, allowed)
        else callback(null, first.address, first.family)
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 0)
    )
  }
}
