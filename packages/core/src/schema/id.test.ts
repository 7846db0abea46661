import { expect, expectTypeOf, test } from 'vitest'
import type { z } from 'zod'
import { IdSchema, kebabCasePattern, StepReferenceSchema, type StepReference } from './id.js'

test.each(['a', 'web', 'web-basics', 'http2', 'step-1-set-up'])('`%s` is an id', (id) => {
  expect(IdSchema.safeParse(id).success).toBe(true)
  expect(kebabCasePattern.test(id)).toBe(true)
})

test.each(['', 'Web', 'web_basics', 'web--basics', '-web', 'web-', 'web basics', 'café'])('`%s` is not an id', (id) => {
  expect(IdSchema.safeParse(id).error?.issues.map((issue) => issue.message)).toEqual([
    'Expected a kebab-case id (such as `web-basics`)'
  ])
})

test('a step reference names a roadmap and a step, nothing else', () => {
  expect(StepReferenceSchema.parse({ roadmap: 'backend', step: 'apis' })).toEqual({ roadmap: 'backend', step: 'apis' })
  expect(StepReferenceSchema.safeParse({ roadmap: 'backend', step: 'apis', extra: 1 }).success).toBe(false)
  expect(StepReferenceSchema.safeParse({ roadmap: 'backend' }).success).toBe(false)
  expectTypeOf<StepReference>().toEqualTypeOf<z.infer<typeof StepReferenceSchema>>()
  expectTypeOf<StepReference>().toEqualTypeOf<{ roadmap: string; step: string }>()
})
