import { expect, test } from 'vitest'
import { countDone, parseDoneTopics, serializeDoneTopics } from './done-topics.js'

test('stored keys round-trip, sorted', () => {
  const stored = serializeDoneTopics(new Set(['backend/b/x', 'backend/a/y']))
  expect(stored).toBe('["backend/a/y","backend/b/x"]')
  expect(parseDoneTopics(stored)).toEqual(new Set(['backend/a/y', 'backend/b/x']))
})

test('missing, corrupt or foreign values are no progress, never an error', () => {
  for (const stored of [null, '', '{oops', 'null', '42', '"backend/a/y"', '{"done":["backend/a/y"]}']) {
    expect(parseDoneTopics(stored)).toEqual(new Set())
  }
  expect(parseDoneTopics('["backend/a/y", 3, null, {"x": 1}]')).toEqual(new Set(['backend/a/y']))
})

test('keys of topics the dataset no longer has are kept but not counted', () => {
  const done = parseDoneTopics('["backend/a/y","backend/gone/z"]')
  expect(countDone(done, ['backend/a/x', 'backend/a/y'])).toBe(1)
  expect(serializeDoneTopics(done)).toContain('backend/gone/z')
})
