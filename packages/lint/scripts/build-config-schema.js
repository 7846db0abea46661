// Writes the JSON Schema of roadmap-lint.config.json, generated from the zod
// schema so the two never disagree. Shipped as `@roadmap/lint/config.schema.json`.
import { writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { configJsonSchema } from '../dist/config/json-schema.js'

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist')
await writeFile(join(dist, 'config.schema.json'), `${JSON.stringify(configJsonSchema(), null, 2)}\n`)
