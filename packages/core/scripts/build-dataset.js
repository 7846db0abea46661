// Builds the prebuilt dataset shipped as `@roadmap/core/data`: loads every
// roadmap in `content/`, fails the build on any error, and writes the data as
// a module that needs neither the parser nor the file system at run time.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadContent, severityOf } from '../dist/index.js'

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const contentRoot = resolve(packageRoot, '../../content')
const dist = join(packageRoot, 'dist')

const { roadmaps, diagnostics } = await loadContent(contentRoot)

for (const diagnostic of diagnostics) {
  const file = relative(process.cwd(), diagnostic.file ?? '')
  console.error(
    `${file}:${diagnostic.line ?? 1}:${diagnostic.column ?? 1}  ${severityOf(diagnostic)}  ${diagnostic.reason}  ${diagnostic.ruleId}`
  )
}
const errors = diagnostics.filter((diagnostic) => severityOf(diagnostic) === 'error').length
if (errors > 0) {
  console.error(`\nThe dataset was not built: ${errors} error(s) in ${relative(process.cwd(), contentRoot)}. Run \`pnpm lint:content\` for details.`)
  process.exit(1)
}

const json = JSON.stringify(roadmaps)
await mkdir(dist, { recursive: true })
await writeFile(join(dist, 'data.json'), `${JSON.stringify(roadmaps, null, 2)}\n`)
await writeFile(
  join(dist, 'data.js'),
  `// Generated from content/ by scripts/build-dataset.js. Do not edit.
function freeze(value) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) freeze(value[key])
    Object.freeze(value)
  }
  return value
}

/** Every roadmap, validated at build time, sorted by id; steps in order. */
export const roadmaps = freeze(JSON.parse(${JSON.stringify(json)}))
`
)
await writeFile(
  join(dist, 'data.d.ts'),
  `// Generated from content/ by scripts/build-dataset.js. Do not edit.
import type { Roadmap } from './schema/roadmap.js'

/** Every roadmap, validated at build time, sorted by id; steps in order. Frozen. */
export declare const roadmaps: readonly Roadmap[]
`
)

const steps = roadmaps.reduce((sum, roadmap) => sum + roadmap.steps.length, 0)
console.log(`Built the dataset: ${roadmaps.length} roadmap(s), ${steps} step(s).`)
