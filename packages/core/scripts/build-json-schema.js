// Writes the JSON Schema of a roadmap, generated from the zod schema so the
// two can never disagree. Shipped as `@roadmap/core/roadmap.schema.json`.
import { writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { roadmapJsonSchema } from '../dist/json-schema.js'

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist')
await writeFile(join(dist, 'roadmap.schema.json'), `${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`)
