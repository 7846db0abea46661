import { BlockList, isIPv4, isIPv6 } from 'node:net'

// Addresses a link checker run on untrusted content must never connect to:
// the machine itself, the private network around it, cloud metadata
// endpoints, and ranges that are not unicast on the public internet.
const refusedIpv4: ReadonlyArray<[network: string, prefix: number]> = [
  ['0.0.0.0', 8], // "this network", including the unspecified 0.0.0.0
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including 169.254.169.254 (cloud metadata)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4] // reserved, including broadcast 255.255.255.255
]

const refusedIpv6: ReadonlyArray<[network: string, prefix: number]> = [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible form
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8] // multicast
]

const blockList = new BlockList()
for (const [network, prefix] of refusedIpv4) blockList.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of refusedIpv6) blockList.addSubnet(network, prefix, 'ipv6')

/**
 * Whether the checker refuses to connect to `address` (an IP address, without
 * brackets). Returns the address as it should be named in the reason, or
 * `undefined` when the address is allowed. IPv4-mapped (`::ffff:127.0.0.1`)
 * and NAT64 (`64:ff9b::7f00:1`) forms are judged by the IPv4 address inside.
 *
 * @example
 *   refusedAddress('169.254.169.254') // '169.254.169.254'
 *   refusedAddress('93.184.215.14') // undefined
 */
export function refusedAddress(address: string): string | undefined {
  if (isIPv4(address)) return blockList.check(address, 'ipv4') ? address : undefined
  if (!isIPv6(address)) return undefined
  const plain = address.replace(/%.*$/, '') // zone id, as in fe80::1%eth0
  const bytes = ipv6Bytes(plain)
  if (!bytes) return address
  const embedded = embeddedIpv4(bytes)
  if (embedded) {
    if (!blockList.check(embedded.ipv4, 'ipv4')) return undefined
    return `${embedded.prefix}${embedded.ipv4}`
  }
  return blockList.check(plain, 'ipv6') ? plain : undefined
}

function embeddedIpv4(bytes: Uint8Array): { prefix: string; ipv4: string } | undefined {
  const ipv4 = `${bytes[12]}.${bytes[13]}.${bytes[14]}.${bytes[15]}`
  const zeros = (from: number, to: number) => bytes.subarray(from, to).every((byte) => byte === 0)
  // ::ffff:a.b.c.d
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return { prefix: '::ffff:', ipv4 }
  // 64:ff9b::a.b.c.d (NAT64)
  if (bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) {
    return { prefix: '64:ff9b::', ipv4 }
  }
  return undefined
}

function ipv6Bytes(address: string): Uint8Array | undefined {
  let text = address
  const tail: number[] = []
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    tail.push(...dotted.slice(1).map(Number))
    const high = ((tail[0] ?? 0) << 8) | (tail[1] ?? 0)
    const low = ((tail[2] ?? 0) << 8) | (tail[3] ?? 0)
    text = `${text.slice(0, dotted.index)}${high.toString(16)}:${low.toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const head = halves[0] ? halves[0].split(':') : []
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - head.length - rest.length
  if (halves.length === 1 ? missing !== 0 : missing < 0) return undefined
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest]
  const bytes = new Uint8Array(16)
  groups.forEach((group, index) => {
    const value = Number.parseInt(group, 16)
    bytes[index * 2] = value >> 8
    bytes[index * 2 + 1] = value & 0xff
  })
  return bytes
}
