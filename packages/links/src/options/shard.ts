import { createHash } from 'node:crypto'
import { ShardFormatError } from '../errors.js'
import type { Shard } from '../types.js'

const expected = '`i/n` with whole numbers and `1 <= i <= n`, such as `2/3`'

/**
 * Parse `--shard i/n` (1-based `i`). Throws `ShardFormatError`
 * (`ERR_ROADMAP_LINKS_SHARD_INVALID`) on anything else.
 *
 * @example
 *   parseShard('2/3') // { index: 2, count: 3 }
 */
export function parseShard(input: string): Shard {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(input)
  if (!match) throw new ShardFormatError(input, expected)
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || index < 1 || index > count) throw new ShardFormatError(input, expected)
  return { index, count }
}

/**
 * Whether `url` belongs to `shard`. Pure and stable: it depends on the URL
 * only (a hash, not the order links are found), so `n` jobs with shards
 * `1/n` … `n/n` check every unique URL exactly once. URLs differing only by
 * `#fragment` share a shard, since they share a request.
 *
 * @example
 *   [1, 2, 3].filter((index) => inShard('https://example.com/', { index, count: 3 })).length // 1
 */
export function inShard(url: string, shard: Shard): boolean {
  if (shard.count <= 1) return true
  const digest = createHash('sha256').update(pageKey(url)).digest()
  return digest.readUInt32BE(0) % shard.count === shard.index - 1
}

/** The URL without its fragment, normalised when it parses. */
export function pageKey(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.hash = ''
    return parsed.href
  } catch {
    const hash = url.indexOf('#')
    return hash === -1 ? url : url.slice(0, hash)
  }
}
