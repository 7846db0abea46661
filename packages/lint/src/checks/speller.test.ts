import { expect, test } from 'vitest'
import { loadSpeller } from './speller.js'

test('finds unknown words at their offsets, knows the project words, suggests', async () => {
  const speller = await loadSpeller(['pgvector'])
  const text = 'Store vectors with pgvector and the Kubernetes databse; a mispelled word.'
  const found = speller.check(text)
  expect(found.map(({ word, offset }) => [word, offset])).toEqual([
    ['databse', 47],
    ['mispelled', 58]
  ])
  expect(found[0]?.suggestions).toContain('database')
  expect(speller.check('')).toEqual([])
}, 60_000)
