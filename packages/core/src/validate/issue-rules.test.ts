import { expect, test } from 'vitest'
import type { z } from 'zod'
import { SectionSchema } from '../schema/roadmap.js'
import { StepSchema } from '../schema/step.js'
import { issueRules, pathsCheckedElsewhere, schemaPath } from './issue-rules.js'

/** Every path of a zod schema, objects and arrays included, array items written `*`. */
function schemaPaths(schema: z.ZodType, prefix: string[] = []): string[] {
  const def = (
    schema as unknown as {
      _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType } }
    }
  )._zod.def
  if (def.type === 'object' && def.shape) {
    return Object.entries(def.shape).flatMap(([key, child]) => [
      [...prefix, key].join('.'),
      ...schemaPaths(child, [...prefix, key])
    ])
  }
  if (def.type === 'array' && def.element) return schemaPaths(def.element, [...prefix, '*'])
  if (def.innerType) return schemaPaths(def.innerType, prefix)
  return []
}

test('every path of the step and roadmap-body schemas has its rule chosen, or is checked before', () => {
  const paths = [...schemaPaths(StepSchema), ...['sections', ...schemaPaths(SectionSchema, ['sections', '*'])]]
  expect(paths).toContain('topics.*.resources.*.kind')
  const unchosen = paths.filter((path) => !(path in issueRules) && !pathsCheckedElsewhere.includes(path))
  expect(unchosen).toEqual([])
  // And nothing chosen for a path the schemas do not have.
  expect(Object.keys(issueRules).filter((path) => !paths.includes(path))).toEqual([])
})

test('schema paths write array items as `*`', () => {
  expect(schemaPath(['topics', 2, 'resources', 0, 'kind'])).toBe('topics.*.resources.*.kind')
  expect(schemaPath(['id'])).toBe('id')
})
