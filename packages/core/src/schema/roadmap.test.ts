import { expect, expectTypeOf, test } from 'vitest'
import type { z } from 'zod'
import { dateMessage } from './date-message.js'
import { DateSchema, RoadmapSchema, SectionSchema, type Roadmap, type Section } from './roadmap.js'

test.each(['2026-11-26', '2024-02-29', '2000-02-29', '2026-12-31'])('`%s` is a date', (date) => {
  expect(DateSchema.safeParse(date).success).toBe(true)
})

test.each([
  '2026-02-30',
  '2025-02-29',
  '1900-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-1-5',
  '26-11-26',
  '2026-11-26T10:00:00Z',
  ''
])('`%s` is not a date, and the message says why', (date) => {
  expect(DateSchema.safeParse(date).error?.issues[0]?.message).toBe(dateMessage(date))
})

test('a roadmap is exactly these keys', () => {
  const roadmap: Roadmap = {
    id: 'backend',
    title: 'Backend',
    description: 'D.',
    updated: '2026-11-26',
    tags: [],
    introduction: '',
    sections: [],
    steps: []
  }
  expect(RoadmapSchema.parse(roadmap)).toEqual(roadmap)
  expect(RoadmapSchema.safeParse({ ...roadmap, author: 'x' }).success).toBe(false)
  expect(RoadmapSchema.safeParse({ ...roadmap, id: 'Backend' }).success).toBe(false)
  expect(SectionSchema.safeParse({ id: 'career', title: '', body: '' }).success).toBe(false)
})

test('the types come from the schemas', () => {
  expectTypeOf<Roadmap>().toEqualTypeOf<z.infer<typeof RoadmapSchema>>()
  expectTypeOf<Section>().toEqualTypeOf<{ id: string; title: string; body: string }>()
})
