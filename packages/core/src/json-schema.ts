import { z } from 'zod'
import { RoadmapSchema } from './schema/roadmap.js'

/**
 * The major version of the data format: the major version of `@roadmap/core`
 * that ships it. A schema under another major may describe other data, so the
 * schema's `$id` names it (`package.test.ts` checks it against the package).
 */
export const roadmapSchemaMajor = 1

/** Where the published JSON Schema of a roadmap can be referenced from: versioned by the package's major version. */
export const roadmapJsonSchemaId = `https://unpkg.com/@roadmap/core@${roadmapSchemaMajor}/dist/roadmap.schema.json`

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
