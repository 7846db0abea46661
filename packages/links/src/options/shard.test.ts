import { describe, expect, test } from 'vitest'
import { inShard, parseShard } from './shard.js'

describe('parseShard', () => {
  test.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 3 / 3 ', { index: 3, count: 3 }]
  ])('%s', (input, expected) => {
    expect(parseShard(input)).toEqual(expected)
  })

  test.each(['0/3', '4/3', '1/0', '2', 'a/b', '1.5/3', '-1/3', '', '1/3/5'])(
    'rejects `%s` with a stable code',
    (input) => {
      expect(() => parseShard(input)).toThrow(
        expect.objectContaining({
          name: 'ShardFormatError',
          code: 'ERR_ROADMAP_LINKS_SHARD_INVALID',
          message: `Unexpected shard \`${input}\`, expected \`i/n\` with whole numbers and \`1 <= i <= n\`, such as \`2/3\``
        })
      )
    }
  )
})

describe('inShard', () => {
  const urls = Array.from({ length: 600 }, (_, n) => `https://example${n % 37}.com/page/${n}`)

  test.each([1, 2, 3, 5, 8])('%i shards cover every URL exactly once, in roughly even parts', (count) => {
    const sizes = Array.from({ length: count }, () => 0)
    for (const url of urls) {
      const shards = sizes.map((_, index) => index + 1).filter((index) => inShard(url, { index, count }))
      expect(shards).toHaveLength(1)
      sizes[shards[0]! - 1]!++
    }
    for (const size of sizes) expect(size).toBeGreaterThan((urls.length / count) * 0.6)
  })

  test('depends on the URL only: not on order, and not on the fragment', () => {
    const shard = { index: 2, count: 3 }
    const forward = urls.filter((url) => inShard(url, shard))
    const backward = [...urls].reverse().filter((url) => inShard(url, shard))
    expect(new Set(backward)).toEqual(new Set(forward))
    for (const url of urls) expect(inShard(`${url}#section`, shard)).toBe(inShard(url, shard))
  })

  test('is stable across versions (changing it reshuffles CI matrices)', () => {
    expect([1, 2, 3].map((index) => inShard('https://example.com/', { index, count: 3 }))).toMatchInlineSnapshot(`
      [
        false,
        true,
        false,
      ]
    `)
    expect(
      urls.slice(0, 12).map((url) => [1, 2, 3, 4].find((index) => inShard(url, { index, count: 4 })))
    ).toMatchInlineSnapshot(`
      [
        2,
        4,
        4,
        1,
        1,
        1,
        2,
        2,
        1,
        4,
        2,
        3,
      ]
    `)
  })
})
