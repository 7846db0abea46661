import { RoadmapFrontmatterSchema, StepFrontmatterSchema } from '@roadmap/core/schema'
import { z } from 'zod'

/** A frontmatter key as the JSON Schema describes it. */
export interface FrontmatterKey {
  name: string
  description: string | undefined
  required: boolean
  /** Its allowed values, when the schema lists them (`level`). */
  values: string[]
  /** Whether it holds a list (`requires`, `aliases`). */
  list: boolean
}

interface JsonSchemaObject {
  properties?: Record<string, { description?: string; enum?: unknown[]; type?: string | string[] }>
  required?: string[]
}

const keysByKind = new Map<'step' | 'roadmap', FrontmatterKey[]>()

/**
 * The frontmatter keys of a step file or `roadmap.md`, from the JSON Schema of
 * the core's zod schemas: completion offers what the format accepts, no
 * hand-kept list.
 *
 * @example
 *   frontmatterKeys('step').find((key) => key.name === 'level')?.values // ['beginner', 'intermediate', 'advanced']
 */
export function frontmatterKeys(kind: 'step' | 'roadmap'): FrontmatterKey[] {
  let keys = keysByKind.get(kind)
  if (!keys) {
    const schema = z.toJSONSchema(kind === 'step' ? StepFrontmatterSchema : RoadmapFrontmatterSchema, {
      io: 'input',
      unrepresentable: 'any'
    }) as JsonSchemaObject
    const required = new Set(schema.required ?? [])
    keys = Object.entries(schema.properties ?? {}).map(([name, property]) => ({
      name,
      description: property.description,
      required: required.has(name),
      values: (property.enum ?? []).filter((value): value is string => typeof value === 'string'),
      list: property.type === 'array'
    }))
    keysByKind.set(kind, keys)
  }
  return keys
}
