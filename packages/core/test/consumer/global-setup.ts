// Pack @roadmap/core once and install the tarball into one consumer project
// (offline and frozen, from the workspace's lockfile and store:
// `@roadmap/pack-consumer`), with TypeScript, esbuild and Vite beside it, for
// every test file of this folder.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { installConsumer, type Consumer } from '@roadmap/pack-consumer'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    consumer: { directory: string; files: string[] }
  }
}

let consumer: Consumer | undefined

export async function setup(project: TestProject): Promise<void> {
  const packageDir = fileURLToPath(new URL('../..', import.meta.url))
  if (!existsSync(`${packageDir}/dist/data.js`))
    throw new Error('Build @roadmap/core and its dataset first: `pnpm build`')
  // Without hoisting: the package must declare every dependency it needs,
  // including the types its declarations import.
  consumer = await installConsumer({
    packages: ['packages/errors', 'packages/core'],
    dependencies: ['typescript', 'esbuild', 'vite'],
    cwd: packageDir
  })
  project.provide('consumer', {
    directory: consumer.directory,
    files: consumer.packed['packages/core']?.files ?? []
  })
}

export async function teardown(): Promise<void> {
  await consumer?.remove()
}
