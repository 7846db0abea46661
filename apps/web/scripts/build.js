// @ts-check
// `pnpm --filter web build`: the site, after everything it is built from.
//
// Run by hand, it hands over to turbo (`turbo run build --filter=web`), which
// builds @roadmap/core and then its dataset from content/ first (the
// `dependsOn` of turbo.json), so a content change always shows up, and content
// with lint errors stops the build with the linter's report. Run by turbo (the
// task above, or the root's `pnpm build`), the dependencies are done: it runs
// `astro build` alone. Turbo marks the processes it runs with `TURBO_HASH`.
import { spawnSync } from 'node:child_process'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const appRoot = dirname(dirname(fileURLToPath(import.meta.url)))
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }
const [command, args] = process.env.TURBO_HASH
  ? ['astro', ['build']]
  : ['turbo', ['run', 'build', '--filter=web', '--output-logs=new-only']]
const run = spawnSync(command, args, { cwd: appRoot, env, stdio: 'inherit' })
if (run.error) {
  process.stderr.write(`Cannot run \`${command}\`: ${run.error.message}\n`)
  process.exit(2)
}
process.exit(run.status ?? 1)
