import { expect, expectTypeOf, test } from 'vitest'
import type { z } from 'zod'
import { LevelSchema, levels, StepSchema, type Level, type Step } from './step.js'

const step: Step = {
  id: 'databases',
  order: 3,
  title: 'Databases',
  summary: 'Store data.',
  level: 'beginner',
  requires: [{ roadmap: 'backend', step: 'apis' }],
  aliases: ['backend/storage'],
  introduction: '',
  topics: [
    {
      id: 'indexing',
      title: 'Indexing',
      aliases: [],
      description: 'Fast reads.',
      resources: [{ title: 'Docs', url: 'https://example.org', kind: 'official' }]
    }
  ]
}

test('levels', () => {
  expect(levels).toEqual(['beginner', 'intermediate', 'advanced'])
  expect(LevelSchema.safeParse('expert').error?.issues[0]?.message).toBe(
    'Expected a level: `beginner`, `intermediate` or `advanced`'
  )
})

test('a step has an order from 1 to 99 and at least one topic', () => {
  expect(StepSchema.parse(step)).toEqual(step)
  expect(StepSchema.safeParse({ ...step, topics: [] }).error?.issues[0]?.message).toBe(
    'Expected at least one `##` topic'
  )
  for (const order of [0, 100, 1.5]) expect(StepSchema.safeParse({ ...step, order }).success).toBe(false)
  expect(StepSchema.safeParse({ ...step, order: 99 }).success).toBe(true)
  expect(StepSchema.safeParse({ ...step, extra: true }).success).toBe(false)
})

test('the types come from the schemas', () => {
  expectTypeOf<Step>().toEqualTypeOf<z.infer<typeof StepSchema>>()
  expectTypeOf<Level>().toEqualTypeOf<'beginner' | 'intermediate' | 'advanced'>()
})
