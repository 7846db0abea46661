import { expect, test } from 'vitest'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { countClaims, proseCountClaims } from './count-claims.js'

const all = { bare: new Set(['step', 'topic'] as const) }

test('reads statements about the whole roadmap or step, in words or digits', () => {
  expect(countClaims('This is a seventeen-step guide.', all)).toEqual([
    { noun: 'step', count: 17, text: 'seventeen-step', start: 10, end: 24 }
  ])
  expect(countClaims('A twenty-three-step roadmap', all).map((claim) => claim.count)).toEqual([23])
  expect(countClaims('Work through the 17 steps below, then these four topics.', all)).toEqual([
    { noun: 'step', count: 17, text: '17 steps', start: 17, end: 25 },
    { noun: 'topic', count: 4, text: 'four topics', start: 44, end: 55 }
  ])
  expect(countClaims('All Twelve Steps of this roadmap', all).map((claim) => [claim.noun, claim.count])).toEqual([
    ['step', 12]
  ])
})

test('leaves out parts, processes and bare forms not about the file itself', () => {
  const none = [
    'the first three steps of this guide',
    'The last two topics are for awareness.',
    'if the process crashes between the two steps, or',
    'a two-step login',
    'repeat these two steps until it passes',
    'the 3 steps to install'
  ]
  for (const text of none.slice(0, 4)) expect(countClaims(text, all), text).toEqual([])
  expect(countClaims(none[4] as string, { bare: new Set(['topic']) })).toEqual([])
  expect(countClaims(none[5] as string, all)).toEqual([])
})

test('claims in a file are read from its prose, with their places', () => {
  const text = 'A seventeen-step guide.\n\n`these 4 steps` in code, and these 4 steps.\n'
  const tree = unified().use(remarkParse).parse(text)
  expect(proseCountClaims(text, tree, 'roadmap')).toEqual([
    {
      noun: 'step',
      count: 17,
      text: 'seventeen-step',
      place: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 17, offset: 16 } }
    },
    {
      noun: 'step',
      count: 4,
      text: '4 steps',
      place: { start: { line: 3, column: 36, offset: 60 }, end: { line: 3, column: 43, offset: 67 } }
    }
  ])
  expect(proseCountClaims(text, tree, 'step').map((claim) => claim.count)).toEqual([17])
})
