import { expect, test } from 'vitest'
import { progressFrom, readStoredProgress, serializeProgress, withTopicState } from './stored-progress.js'

test('reads the stored states, keeping keys of any topic and dropping what is not a state', () => {
  const stored = JSON.stringify({
    topics: { 'backend/apis/rest': 'done', 'backend/gone/topic': 'skipped', 'backend/apis/x': 'finished', y: 3 },
    last: 'backend/apis/rest'
  })
  expect(readStoredProgress(stored)).toEqual({
    topics: { 'backend/apis/rest': 'done', 'backend/gone/topic': 'skipped' },
    last: 'backend/apis/rest'
  })
})

test('missing, corrupt or foreign values read as no progress and never throw', () => {
  for (const stored of ['{oops', '42', '[]', '{"topics":[]}', 'null', '{"topics":{"a":null}}'])
    expect(readStoredProgress(stored), stored).toEqual({ topics: {} })
  expect(progressFrom(undefined)).toEqual({ topics: {} })
})

test('without v2, the first format (an array of the keys done) is read once as done', () => {
  expect(readStoredProgress(null, '["backend/apis/rest", 7, "devops/networking/dns"]')).toEqual({
    topics: { 'backend/apis/rest': 'done', 'devops/networking/dns': 'done' }
  })
  expect(readStoredProgress(null, '{oops')).toEqual({ topics: {} })
  // v2 wins once it exists, even empty: v1 is never read again.
  expect(readStoredProgress('{"topics":{}}', '["backend/apis/rest"]')).toEqual({ topics: {} })
})

test('stored with sorted keys, so equal progress is stored equally', () => {
  const a = serializeProgress({ topics: { b: 'done', a: 'skipped' } })
  const b = serializeProgress({ topics: { a: 'skipped', b: 'done' } })
  expect(a).toBe(b)
  expect(a).toBe('{"topics":{"a":"skipped","b":"done"}}')
})

test('a topic set back to not started leaves the stored progress', () => {
  const started = withTopicState({ topics: {} }, 'backend/apis/rest', 'in-progress')
  expect(started).toEqual({ topics: { 'backend/apis/rest': 'in-progress' }, last: 'backend/apis/rest' })
  expect(withTopicState(started, 'backend/apis/rest', undefined)).toEqual({ topics: {}, last: 'backend/apis/rest' })
})
