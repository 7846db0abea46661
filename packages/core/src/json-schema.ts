import { z } from 'zod'
import { RoadmapSchema } from './schema/roadmap.js'

/** Where the published JSON Schema of a roadmap can be referenced from. */
export const roadmapJsonSchemaId = 'https://unpkg.com/@roadmap/core/dist/roadmap.schema.json'

/**
 * The JSON Schema (draft 2020-12) of one roadmap in the dataset, generated from
 * the zod schema.
 *
 * @example
 *   roadmapJsonSchema().properties.steps
 */
export function roadmapJsonSchema(): Record<string, unknown> {
  return {
    $id: roadmapJsonSchemaId,
    title: 'Roadmap',
    ...z.toJSONSchema(RoadmapSchema, { target: 'draft-2020-12', io: 'output' })
  }
}
