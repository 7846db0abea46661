import { z } from 'zod'
import { configSchema } from './config-schema.js'

/** Where editors can fetch the published schema (`"$schema"` in the config file). */
export const configJsonSchemaId = 'https://unpkg.com/@roadmap/lint/dist/config.schema.json'

/**
 * The JSON Schema (draft 2020-12) of `roadmap-lint.config.json`, generated
 * from the zod schema.
 *
 * @example
 *   configJsonSchema().properties
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    $id: configJsonSchemaId,
    title: 'roadmap-lint configuration',
    ...z.toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input' })
  }
}
