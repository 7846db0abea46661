import type { LinkSummary } from '@roadmap/core/pipeline-light'
import { expect, test } from 'vitest'
import { packLinks, unpackLinks } from './pack-links.js'

const links: LinkSummary[] = [
  {
    url: 'https://developer.mozilla.org/',
    protocol: 'https:',
    host: 'developer.mozilla.org',
    position: { start: { line: 12, column: 3, offset: 301 }, end: { line: 12, column: 48, offset: 346 } },
    destination: { start: 310, end: 340 },
    resource: true,
    title: undefined,
    titleRange: undefined
  },
  // A link built by hand (no offsets), with no destination found in the source.
  {
    url: './02-next.md#top',
    protocol: undefined,
    host: undefined,
    position: { start: { line: 1, column: 1 }, end: { line: 2, column: 9 } },
    destination: undefined,
    resource: false,
    title: undefined,
    titleRange: undefined
  },
  {
    url: 'https://developer.mozilla.org/en-US/',
    protocol: 'https:',
    host: 'developer.mozilla.org',
    position: {
      start: { line: 40000, column: 900000, offset: 1048575 },
      end: { line: 40000, column: 900001, offset: 1048576 }
    },
    destination: { start: 0, end: 0 },
    resource: false,
    title: undefined,
    titleRange: undefined
  }
]

test('links come back unpacked exactly as they were, also through JSON', () => {
  expect(unpackLinks(packLinks(links))).toEqual(links)
  expect(unpackLinks(JSON.parse(JSON.stringify(packLinks(links))))).toEqual(links)
  expect(unpackLinks(packLinks([]))).toEqual([])
})

test('each scheme and host is kept once', () => {
  expect(packLinks(links).names).toEqual(['https:', 'developer.mozilla.org'])
})

test('a point without an offset has no `offset` key, as in the original', () => {
  const [, second] = unpackLinks(packLinks(links))
  expect(Object.keys(second?.position.start ?? {})).toEqual(['line', 'column'])
})
