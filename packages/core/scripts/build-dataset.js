// Builds the prebuilt dataset shipped as `@roadmap/core/data` from content/,
// with the pipeline and the rules `roadmap-lint` runs and the repository's
// configuration: it refuses to write a dataset when any error-severity rule
// fires, and prints the problems as `roadmap-lint` does. The dataset needs
// neither the parser nor the file system at run time.
//
// @roadmap/lint is not a dependency of this package (it depends on this one):
// the script uses the workspace's copy, a dev dependency of the repository
// root, and turbo runs this task (`build:data`) after @roadmap/lint's build.
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { allRuleMeta, findConfig, formatters, lint, loadConfig, version } from '@roadmap/lint'
import { assembleRoadmaps } from '../dist/pipeline.js'
import { writeDataset } from './write-dataset.js'
import { filesWithoutModel } from './files-without-model.js'

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = resolve(packageRoot, '../..')
// `--content` and `--out` are for the tests; the build uses the defaults.
const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } })
const contentRoot = resolve(values.content ?? join(repoRoot, 'content'))
const dist = resolve(values.out ?? join(packageRoot, 'dist'))

const configFile = findConfig(dirname(contentRoot))
const config = await loadConfig(configFile, { cwd: dirname(contentRoot) }).catch((error) => {
  // An invalid configuration (such as one that sets a core rule) is a message, not a stack trace.
  if (error?.code !== 'ERR_ROADMAP_LINT_CONFIG') throw error
  process.stderr.write(`roadmap-lint: ${error.message}\n\nThe dataset was not built: fix the configuration.\n`)
  process.exit(1)
})
const result = await lint({ paths: [contentRoot], cwd: dirname(contentRoot), config, keepModels: true })

const reports = result.files
const errors = reports.flatMap((file) => file.messages).filter((message) => message.fatal === true).length
// Checked apart from the errors: a step whose messages went missing must not vanish from the dataset.
const unbuilt = filesWithoutModel(result.models)
if (errors > 0 || unbuilt.length > 0) {
  process.stderr.write(
    formatters.stylish(reports, { color: process.stderr.isTTY === true, rules: allRuleMeta, version })
  )
  // A file with an error is in the report above; one without says why it stops the build.
  const withErrors = new Set(
    reports.filter((file) => file.messages.some((message) => message.fatal)).map((file) => resolve(file.cwd, file.path))
  )
  for (const path of unbuilt.filter((each) => !withErrors.has(each)))
    process.stderr.write(
      `${relative(dirname(contentRoot), path)}: gave no model though no error is reported for it; the dataset would lack it\n`
    )
  process.stderr.write(
    `\nThe dataset was not built: fix the errors above (\`pnpm lint:content --offline\` shows them again).\n`
  )
  process.exit(1)
}

const { roadmaps, errors: bugs } = assembleRoadmaps(
  result.models.flatMap((entry) => (entry.model ? [{ roadmapId: entry.roadmapId, model: entry.model }] : []))
)
if (bugs.length > 0) {
  process.stderr.write(`The dataset was not built:\n${bugs.join('\n')}\n`)
  process.exit(1)
}

await writeDataset(dist, roadmaps)

const steps = roadmaps.reduce((sum, roadmap) => sum + roadmap.steps.length, 0)
console.log(`Built the dataset: ${roadmaps.length} roadmap(s), ${steps} step(s).`)
