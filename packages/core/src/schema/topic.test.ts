import { expect, expectTypeOf, test } from 'vitest'
import type { z } from 'zod'
import { TopicSchema, type Topic } from './topic.js'

const topic = {
  id: 'indexing',
  title: 'Indexing',
  aliases: ['backend/storage/indexing'],
  description: 'Make reads fast.',
  resources: [{ title: 'Docs', url: 'https://example.org', kind: 'official' }]
}

test('a topic needs a description and at least one resource', () => {
  expect(TopicSchema.parse(topic)).toEqual(topic)
  expect(
    TopicSchema.safeParse({ ...topic, description: '' }).error?.issues.map((issue) => [issue.path, issue.message])
  ).toEqual([[['description'], 'Expected a description: one or more paragraphs under the topic heading']])
  expect(
    TopicSchema.safeParse({ ...topic, resources: [] }).error?.issues.map((issue) => [issue.path, issue.message])
  ).toEqual([[['resources'], 'Expected a list of resources under the topic description']])
  expect(TopicSchema.safeParse({ ...topic, id: 'Indexing!' }).success).toBe(false)
})

test('the type comes from the schema', () => {
  expectTypeOf<Topic>().toEqualTypeOf<z.infer<typeof TopicSchema>>()
})
