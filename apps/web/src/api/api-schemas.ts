// The JSON Schemas of the static API's documents as they are served, from
// the zod schemas of @roadmap/core: a roadmap document is the dataset's
// roadmap plus `version` and `revision`, the list is a summary of each
// roadmap. Their `$id`s are absolute, from the site's address (SITE_URL), and
// name the API version (`/api/v1/…`).
import { IdSchema, RoadmapSchema } from '@roadmap/core/schema'
import { z } from 'zod'

/** The version of the API's documents: a new major version of their shape gets a new path. */
export const apiVersion = 'v1'

/** A semantic version: the version of `@roadmap/core` whose dataset the site was built from. */
const VersionSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/)
  .describe(
    'The version of `@roadmap/core` whose dataset the site was built from (semver); `0.0.0` is a build from the repository before its first release'
  )

/** The dataset's content revision. */
const RevisionSchema = z
  .string()
  .regex(/^[0-9a-f]{12}$/)
  .describe('The first 12 hex digits of the SHA-256 of the dataset as JSON: changes exactly when the data does')

/** `/api/v1/roadmaps/<id>.json`: a roadmap as the dataset has it, with the version it came from. */
export const RoadmapDocumentSchema = z
  .strictObject({ version: VersionSchema, revision: RevisionSchema, ...RoadmapSchema.shape })
  .describe('One roadmap of the dataset, as `/api/v1/roadmaps/<id>.json` serves it')

/** One roadmap in `/api/v1/roadmaps.json`. */
export const RoadmapSummarySchema = z
  .strictObject({
    id: IdSchema.describe('Folder name under `content/`'),
    title: z.string().min(1).describe("The roadmap's name"),
    description: z.string().min(1).describe('One sentence: what the roadmap is for'),
    updated: RoadmapSchema.shape.updated,
    tags: z.array(z.string()).describe('Kebab-case keywords'),
    stepCount: z.int().min(0).describe('How many steps it has'),
    topicCount: z.int().min(0).describe('How many topics its steps have'),
    url: z.string().describe("The roadmap's full JSON document, relative to the site's root"),
    page: z.string().describe("The roadmap's page on the site, relative to the site's root")
  })
  .describe('One roadmap in the list: enough to show it and find its document')

/** `/api/v1/roadmaps.json`. */
export const RoadmapListDocumentSchema = z
  .strictObject({
    version: VersionSchema,
    revision: RevisionSchema,
    schema: z.string().describe('The JSON Schema of each roadmap document, relative to the site root'),
    roadmaps: z.array(RoadmapSummarySchema).describe('Every roadmap, sorted by id')
  })
  .describe('Every roadmap of the dataset, as `/api/v1/roadmaps.json` serves it')

export type RoadmapSummary = z.infer<typeof RoadmapSummarySchema>
export type RoadmapListDocument = z.infer<typeof RoadmapListDocumentSchema>

/** The JSON Schema (draft 2020-12) of a zod schema, with its `$id` and title. */
function jsonSchema(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  return { $id: id, title, ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) }
}

/**
 * The JSON Schema of a roadmap document, at `$id` (`/api/v1/roadmap.schema.json`).
 *
 * @example
 *   roadmapDocumentJsonSchema('/api/v1/roadmap.schema.json').properties.version
 */
export function roadmapDocumentJsonSchema(id: string): Record<string, unknown> {
  return jsonSchema(RoadmapDocumentSchema, id, 'Roadmap document')
}

/** The JSON Schema of the list of roadmaps, at `$id` (`/api/v1/roadmaps.schema.json`). */
export function roadmapListJsonSchema(id: string): Record<string, unknown> {
  return jsonSchema(RoadmapListDocumentSchema, id, 'Roadmap list')
}
