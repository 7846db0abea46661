import { parseContentFile } from '@roadmap/core'
import { expect, test } from 'vitest'
import { stepMd } from '../../test/helpers/content.js'
import { walk } from '../util/walk.js'
import { destinationText } from './destination-text.js'

/** The URL the parser reads back from `[x](written)` in a step's introduction. */
function readBack(written: string, bracketed = false): string[] {
  const intro = bracketed ? `[x](<${written}>)` : `[x](${written})`
  const { tree } = parseContentFile(stepMd('', { intro }), { path: '/content/backend/01-apis.md' })
  const urls: string[] = []
  if (tree) walk(tree, 'link', (link) => urls.push(link.url))
  return urls
}

test.each([
  'https://example.com/docs/',
  'https://en.wikipedia.org/wiki/Foo_(bar)',
  'https://example.com/?q=a&copy;b&x=1',
  'https://example.com/a\\b',
  'mailto:<someone@example.com>'
])('%s reads back the same, bare and in <…>', (url) => {
  expect(readBack(destinationText(url))).toEqual([url])
  expect(readBack(destinationText(url), true)).toEqual([url])
})

test.each([
  ['https://en.wikipedia.org/wiki/Foo_(bar', 'https://en.wikipedia.org/wiki/Foo_%28bar'],
  ['https://example.com/a)b(c', 'https://example.com/a%29b%28c']
])('unbalanced parentheses in %s are percent-encoded', (url, encoded) => {
  expect(destinationText(url)).toBe(encoded)
  expect(readBack(destinationText(url))).toEqual([encoded])
})

test('plain URLs are written as they are', () => {
  expect(destinationText('https://example.com/a?b=1&c=2#top')).toBe('https://example.com/a?b=1&c=2#top')
})
