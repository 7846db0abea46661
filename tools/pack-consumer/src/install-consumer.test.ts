// The real thing: pack this package, install the tarball into a consumer with
// an empty pnpm metadata cache (as on a fresh machine after a frozen install),
// and run it there.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { installConsumer, type Consumer } from './install-consumer.js'
import { runCommand } from './run-command.js'

let cache = ''
let consumer: Consumer | undefined

beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'roadmap-empty-cache-'))
  const env = { ...process.env, XDG_CACHE_HOME: cache, npm_config_cache: cache }
  consumer = await installConsumer({
    packages: ['tools/pack-consumer'],
    dependencies: ['typescript'],
    cwd: import.meta.dirname,
    env
  })
})

afterAll(async () => {
  await consumer?.remove()
  if (cache) await rm(cache, { recursive: true, force: true })
})

test('installs the packed package and its dependencies with no metadata cache', async () => {
  const directory = consumer?.directory ?? ''
  expect(consumer?.packed['tools/pack-consumer']).toMatchObject({
    name: '@roadmap/pack-consumer',
    manifest: { name: '@roadmap/pack-consumer' }
  })
  expect(consumer?.packed['tools/pack-consumer']?.files).toContain('dist/index.js')
  const script =
    "import('@roadmap/pack-consumer').then((module) => console.log(typeof module.installConsumer, typeof module.consumerProject))"
  await expect(runCommand(process.execPath, ['--input-type=module', '-e', script], directory)).resolves.toMatchObject({
    stdout: 'function function\n'
  })
  const typescript = JSON.parse(
    await readFile(join(directory, 'node_modules', 'typescript', 'package.json'), 'utf8')
  ) as { version: string }
  expect(typescript.version).toMatch(/^5\./)
})

test('installs without hoisting: a dependency of a dependency is out of reach', async () => {
  // yaml is a dependency of the package, not of the consumer.
  const script = "import('yaml').then(() => console.log('reachable'), () => console.log('unreachable'))"
  await expect(
    runCommand(process.execPath, ['--input-type=module', '-e', script], consumer?.directory ?? '')
  ).resolves.toMatchObject({ stdout: 'unreachable\n' })
})
