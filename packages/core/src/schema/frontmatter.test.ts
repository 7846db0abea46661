import { expect, expectTypeOf, test } from 'vitest'
import type { z } from 'zod'
import {
  RequirementSchema,
  RoadmapFrontmatterSchema,
  StepFrontmatterSchema,
  type RoadmapFrontmatter,
  type StepFrontmatter
} from './frontmatter.js'
import type { Level } from './step.js'

test.each(['apis', 'backend/apis', 'web-basics/http-2'])('`%s` is a requirement', (requirement) => {
  expect(RequirementSchema.safeParse(requirement).success).toBe(true)
})

test.each(['Apis', 'a/b/c', '/apis', 'backend/', 'back end/apis'])('`%s` is not a requirement', (requirement) => {
  expect(RequirementSchema.safeParse(requirement).error?.issues[0]?.message).toBe(
    'Expected a step id such as `databases` or `backend/databases`'
  )
})

test('strings are trimmed and must not be empty; a summary is one sentence', () => {
  const step = { title: '  Databases ', summary: 'Store data. Then query it, e.g. with SQL.', level: 'beginner' }
  expect(StepFrontmatterSchema.safeParse(step).error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
    [['summary'], 'Expected one sentence; move the rest into the introduction']
  ])
  expect(StepFrontmatterSchema.parse({ ...step, summary: 'Store data, e.g. with SQL.' }).title).toBe('Databases')
  expect(StepFrontmatterSchema.safeParse({ ...step, title: '   ' }).error?.issues[0]?.message).toBe(
    'Expected a non-empty string'
  )
})

test('a step may say when it was last reviewed, as a date', () => {
  const step = { title: 'Databases', summary: 'Store data.', level: 'beginner' }
  expect(StepFrontmatterSchema.parse({ ...step, reviewed: '2026-12-05' }).reviewed).toBe('2026-12-05')
  expect(StepFrontmatterSchema.parse(step).reviewed).toBeUndefined()
  expect(StepFrontmatterSchema.safeParse({ ...step, reviewed: '5 Dec 2026' }).success).toBe(false)
})

test('unknown keys are reported by name; frontmatter that is not a map says so', () => {
  const roadmap = { title: 'Backend', description: 'Build servers.', updated: '2026-11-26', author: 'x' }
  expect(RoadmapFrontmatterSchema.safeParse(roadmap).error?.issues).toMatchObject([
    { code: 'unrecognized_keys', keys: ['author'] }
  ])
  expect(RoadmapFrontmatterSchema.safeParse(['title']).error?.issues[0]?.message).toBe(
    'Expected a map of keys such as `title: …`'
  )
  expect(StepFrontmatterSchema.safeParse('title').error?.issues[0]?.message).toBe(
    'Expected a map of keys such as `title: …`'
  )
})

test('tags are kebab-case; `tags` and `requires` are optional', () => {
  expect(
    RoadmapFrontmatterSchema.safeParse({ title: 'B', description: 'D.', updated: '2026-11-26', tags: ['Web'] }).error
      ?.issues[0]?.message
  ).toBe('Expected a kebab-case tag such as `web`')
  expect(RoadmapFrontmatterSchema.parse({ title: 'B', description: 'D.', updated: '2026-11-26' })).toEqual({
    title: 'B',
    description: 'D.',
    updated: '2026-11-26'
  })
})

test('the types come from the schemas', () => {
  expectTypeOf<RoadmapFrontmatter>().toEqualTypeOf<z.infer<typeof RoadmapFrontmatterSchema>>()
  expectTypeOf<StepFrontmatter>().toEqualTypeOf<z.infer<typeof StepFrontmatterSchema>>()
  expectTypeOf<StepFrontmatter>().toEqualTypeOf<{
    title: string
    summary: string
    level: Level
    reviewed?: string | undefined
    requires?: string[] | undefined
    aliases?: string[] | undefined
    'topic-aliases'?: Record<string, string[]> | undefined
  }>()
})
