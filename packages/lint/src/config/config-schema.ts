import { LinksConfigSchema } from '@roadmap/links/config'
import { createConfigSchema } from './schema.js'

/** The schema of `roadmap-lint.config.json`; published as `@roadmap/lint/config.schema.json`. */
export const configSchema = createConfigSchema(LinksConfigSchema)
