// Pack the three published packages once and install the tarballs into one
// consumer project (offline and frozen, from the workspace's lockfile and
// store: `@roadmap/pack-consumer`) for every test file of this folder. Turbo
// builds the packages first: `test` depends on `build`, whose `^build`
// covers the workspace (dev)dependencies.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { installConsumer, type Consumer } from '@roadmap/pack-consumer'
import type { TestProject } from 'vitest/node'
import { childEnv, publishedPackages, repoRoot, type Installed } from './helpers.js'

declare module 'vitest' {
  export interface ProvidedContext {
    installed: Installed
  }
}

let consumer: Consumer | undefined

export async function setup(project: TestProject): Promise<void> {
  for (const name of publishedPackages) {
    if (!existsSync(join(repoRoot, 'packages', name, 'dist', 'index.js')))
      throw new Error(`Build @roadmap/${name} first: \`pnpm build\``)
  }
  // Without hoisting, each package must declare every dependency it needs,
  // including the types its declarations import. `@roadmap/lint` asks for
  // `@roadmap/core@^<version>` and `@roadmap/links@^<version>`, which are not
  // on the registry yet: overrides point them at the tarballs.
  consumer = await installConsumer({
    packages: publishedPackages.map((name) => `packages/${name}`),
    dependencies: ['typescript', 'ajv', 'ajv-formats'],
    cwd: repoRoot,
    env: childEnv
  })
  const packed = Object.fromEntries(
    publishedPackages.map((name) => {
      const { files, manifest } = consumer?.packed[`packages/${name}`] ?? { files: [], manifest: { version: '' } }
      return [name, { files, manifest: manifest as Installed['packed'][typeof name]['manifest'] }]
    })
  ) as Installed['packed']
  project.provide('installed', { directory: consumer.directory, packed })
}

export async function teardown(): Promise<void> {
  await consumer?.remove()
}
