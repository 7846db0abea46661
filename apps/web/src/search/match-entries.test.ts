import { expect, test } from 'vitest'
import type { SearchEntry } from './search-entry.js'
import { foldText, matchEntries, prepareEntries } from './match-entries.js'

const entry = (kind: SearchEntry['kind'], title: string, text = ''): SearchEntry => ({
  kind,
  title,
  context: kind === 'roadmap' ? '' : 'Backend developer',
  summary: '',
  url: `/${title}`,
  text
})

const index = prepareEntries([
  entry('roadmap', 'Backend developer', 'Servers and databases.'),
  entry('step', 'Databases', 'Store and query data.'),
  entry('topic', 'Writing queries', 'SELECT rows from a table in a database.'),
  entry('topic', 'Indexing for speed', 'Make database queries fast.'),
  entry('topic', 'Réseau basics', 'Networks.')
])
const titles = (query: string) => matchEntries(index, query).map(({ title }) => title)

test('every word must be found; title matches come first, then the kind, then reading order', () => {
  expect(titles('database')).toEqual(['Databases', 'Backend developer', 'Writing queries', 'Indexing for speed'])
  expect(titles('queries fast')).toEqual(['Indexing for speed'])
  expect(titles('Writing queries')).toEqual(['Writing queries'])
})

test('case and accents do not matter; an empty query finds nothing', () => {
  expect(titles('RESEAU')).toEqual(['Réseau basics'])
  expect(titles('   ')).toEqual([])
  expect(foldText('Ça Été')).toBe('ca ete')
})

test('the context (roadmap and step titles) is searched too', () => {
  expect(titles('backend indexing')).toEqual(['Indexing for speed'])
})
