import { expect, expectTypeOf, test } from 'vitest'
import { parseStepKey, parseTopicKey, stepKey, topicKey } from './keys.js'

test('a key joins the ids, from ids or from the objects', () => {
  expect(topicKey('backend', 'databases', 'indexing')).toBe('backend/databases/indexing')
  expect(topicKey({ id: 'backend' }, { id: 'databases' }, { id: 'indexing' })).toBe('backend/databases/indexing')
  expect(stepKey('backend', { id: 'databases' })).toBe('backend/databases')
  expectTypeOf(topicKey('backend', 'databases', 'indexing')).toEqualTypeOf<'backend/databases/indexing'>()
  // From plain JavaScript: no exception; the lookups find nothing under such a key.
  expect(topicKey(undefined as unknown as string, null as unknown as string, 7 as unknown as string)).toBe(
    'undefined/null/7'
  )
})

test('a key reads back into its ids', () => {
  expect(parseTopicKey('backend/databases/indexing')).toEqual({
    ok: true,
    key: 'backend/databases/indexing',
    roadmap: 'backend',
    step: 'databases',
    topic: 'indexing'
  })
  expect(parseStepKey('web-basics/http-2')).toEqual({
    ok: true,
    key: 'web-basics/http-2',
    roadmap: 'web-basics',
    step: 'http-2'
  })
})

test.each([
  [
    'indexing',
    'Unexpected topic key `indexing`, expected `roadmap-id/step-id/topic-id` in kebab-case, such as `backend/databases/indexing`'
  ],
  [
    'backend/databases',
    'Unexpected topic key `backend/databases`, expected `roadmap-id/step-id/topic-id` in kebab-case, such as `backend/databases/indexing`'
  ],
  [
    'a/b/c/d',
    'Unexpected topic key `a/b/c/d`, expected `roadmap-id/step-id/topic-id` in kebab-case, such as `backend/databases/indexing`'
  ],
  [
    'Backend/Databases/Indexing',
    'Unexpected topic key `Backend/Databases/Indexing`, expected `roadmap-id/step-id/topic-id` in kebab-case, such as `backend/databases/indexing`'
  ],
  [
    '',
    'Unexpected topic key ``, expected `roadmap-id/step-id/topic-id` in kebab-case, such as `backend/databases/indexing`'
  ],
  [
    42,
    'Unexpected topic key a number, expected `roadmap-id/step-id/topic-id` in kebab-case, such as `backend/databases/indexing`'
  ],
  [
    null,
    'Unexpected topic key a object, expected `roadmap-id/step-id/topic-id` in kebab-case, such as `backend/databases/indexing`'
  ]
])('`%s` is not a topic key, and says which format is expected', (key, error) => {
  expect(parseTopicKey(key)).toEqual({ ok: false, error })
})

test('a malformed step key says so; a long one is cut in the message', () => {
  expect(parseStepKey('backend/databases/indexing')).toEqual({
    ok: false,
    error:
      'Unexpected step key `backend/databases/indexing`, expected `roadmap-id/step-id` in kebab-case, such as `backend/databases`'
  })
  const error = parseStepKey('x'.repeat(500))
  expect(error.ok === false && error.error.length).toBeLessThan(200)
})
