import { expect, test } from 'vitest'
import { kindConflicts } from './kind-consistency.js'

test('one kind per URL: the minority is reported against a clear majority', () => {
  const uses = [
    { url: 'https://12factor.net/', kind: 'article', place: 'a' },
    { url: 'https://12factor.net/', kind: 'article', place: 'b' },
    { url: 'https://12factor.net/', kind: 'official', place: 'c' },
    { url: 'https://example.com/', kind: 'article', place: 'd' }
  ]
  expect(kindConflicts(uses)).toEqual([
    {
      use: uses[2],
      majority: 'article',
      counts: [
        ['article', 2],
        ['official', 1]
      ],
      other: uses[0]
    }
  ])
})

test('without a majority, every use is reported and none has a fix', () => {
  const uses = [
    { url: 'https://adr.github.io/', kind: 'article', place: 'a' },
    { url: 'https://adr.github.io/', kind: 'official', place: 'b' }
  ]
  expect(kindConflicts(uses).map((conflict) => [conflict.use.place, conflict.majority, conflict.other.place])).toEqual([
    ['a', undefined, 'b'],
    ['b', undefined, 'a']
  ])
})
