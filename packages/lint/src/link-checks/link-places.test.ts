import { expect, test } from 'vitest'
import type { LinkSummary } from '@roadmap/core/pipeline-light'
import { LinkPlaces } from './link-places.js'

function link(url: string, line: number, destination?: { start: number; end: number }): LinkSummary {
  return {
    url,
    protocol: 'https:',
    host: new URL(url).hostname,
    position: { start: { line, column: 3, offset: 0 }, end: { line, column: 40, offset: 37 } },
    destination,
    resource: false
  }
}

test('the first place of a URL is handed back; every place is kept', () => {
  const places = new LinkPlaces()
  const first = places.add('/c/a.md', link('https://example.com/', 7, { start: 10, end: 30 }))
  expect(first).toEqual({
    url: 'https://example.com/',
    file: '/c/a.md',
    line: 7,
    column: 3,
    endLine: 7,
    endColumn: 40,
    destinationStart: 10,
    destinationEnd: 30
  })
  expect(places.add('/c/b.md', link('https://example.com/', 9))).toBeUndefined()
  expect(places.add('/c/b.md', link('https://example.org/', 2))).toMatchObject({
    url: 'https://example.org/',
    file: '/c/b.md',
    line: 2
  })

  expect(
    [...places.placesOf('https://example.com/')].map((place) => [place.file, place.line, place.destinationStart])
  ).toEqual([
    ['/c/b.md', 9, -1],
    ['/c/a.md', 7, 10]
  ])
  expect([...places.placesOf('https://example.net/')]).toEqual([])
})

test('keeps every place of a large library', () => {
  const places = new LinkPlaces()
  for (let n = 0; n < 10_000; n++) places.add(`/c/${n % 500}.md`, link(`https://example.com/${n % 2_000}`, n + 1))
  const lines = [...places.placesOf('https://example.com/7')].map((place) => place.line)
  expect(lines).toEqual([8_008, 6_008, 4_008, 2_008, 8])
  expect([...places.placesOf('https://example.com/7')].every((place) => place.file === '/c/7.md')).toBe(true)
})
