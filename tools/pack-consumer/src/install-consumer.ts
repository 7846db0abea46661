import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { stringify } from 'yaml'
import { consumerProject, type Tarball, type TarballManifest } from './consumer-lockfile.js'
import { PackConsumerError } from './errors.js'
import { runCommand } from './run-command.js'
import { findWorkspaceRoot, readWorkspaceLockfile, readWorkspaceStore } from './workspace.js'

export interface InstallConsumerOptions {
  /** Workspace package folders to pack, relative to the workspace root: `packages/core`. */
  packages: string[]
  /** More dependencies for the consumer, at the version the workspace root locks them: `typescript`. */
  dependencies?: string[]
  /** A folder inside the workspace; the current folder by default. */
  cwd?: string
  /** The environment of the `pnpm` commands; `process.env` by default. */
  env?: NodeJS.ProcessEnv
}

export interface PackedPackage {
  name: string
  /** The tarball's file name inside the consumer folder. */
  file: string
  /** Every path the tarball holds, sorted. */
  files: string[]
  /** The package.json as published (`workspace:` ranges replaced). */
  manifest: TarballManifest
}

export interface Consumer {
  /** The consumer project: its package.json, lockfile, tarballs and `node_modules`. */
  directory: string
  /** The packed packages, by their workspace folder (`packages/core`). */
  packed: Record<string, PackedPackage>
  /** Delete the consumer folder. */
  remove(): Promise<void>
}

/**
 * Pack workspace packages with `pnpm pack` and install the tarballs into a new
 * consumer project in a temporary folder, as a user installs them: without
 * hoisting, so each package must declare every dependency it uses. The install
 * is `--frozen-lockfile --offline` from the store the workspace was installed
 * from (as `node_modules/.modules.yaml` records it), so it needs no network and no registry metadata.
 *
 * @example
 *   const consumer = await installConsumer({ packages: ['packages/core'], dependencies: ['typescript'] })
 *   // node_modules/@roadmap/core is the published package
 *   await consumer.remove()
 */
export async function installConsumer({
  packages,
  dependencies = [],
  cwd = process.cwd(),
  env = process.env
}: InstallConsumerOptions): Promise<Consumer> {
  const root = findWorkspaceRoot(cwd)
  const workspace = await readWorkspaceLockfile(root)
  const directory = await mkdtemp(join(tmpdir(), 'roadmap-consumer-'))
  const remove = () => rm(directory, { recursive: true, force: true })
  try {
    const packed: Record<string, PackedPackage> = {}
    const tarballs: Tarball[] = []
    // One after the other: each `pnpm pack` runs in the same workspace.
    for (const importer of packages) {
      const output = (
        await runCommand('pnpm', ['pack', '--json', '--pack-destination', directory], join(root, importer), env)
      ).stdout
      const { filename, files } = JSON.parse(output) as { filename: string; files: Array<{ path: string }> }
      const file = basename(filename)
      const bytes = await readFile(join(directory, file))
      const manifest = JSON.parse(await tarballManifest(join(directory, file), directory)) as TarballManifest
      tarballs.push({
        file,
        importer,
        integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
        manifest
      })
      packed[importer] = { name: manifest.name, file, files: files.map((entry) => entry.path).sort(), manifest }
    }

    const project = consumerProject({ workspace, tarballs, dependencies })
    await writeFile(join(directory, 'package.json'), `${JSON.stringify(project.manifest, null, 2)}\n`)
    await writeFile(join(directory, 'pnpm-lock.yaml'), stringify(project.lockfile, { lineWidth: 0 }))

    const store = await readWorkspaceStore(root)
    try {
      await runCommand(
        'pnpm',
        [
          'install',
          '--frozen-lockfile',
          '--offline',
          `--store-dir=${store}`,
          '--config.hoist=false',
          '--ignore-scripts',
          '--reporter=append-only'
        ],
        directory,
        env
      )
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const hint = /NO_OFFLINE/.test(message)
        ? '\nThe pnpm store lacks a package that the workspace lockfile names: run `pnpm install --frozen-lockfile` in the workspace first.'
        : ''
      throw new PackConsumerError('ERR_PACK_CONSUMER_COMMAND', `${message}${hint}`, { cause: error })
    }
    return { directory, packed, remove }
  } catch (error) {
    await remove()
    throw error
  }
}

/** The package.json inside a tarball, read with `tar` (every system pnpm runs on has one). */
async function tarballManifest(tarball: string, cwd: string): Promise<string> {
  return (await runCommand('tar', ['-xzOf', tarball, 'package/package.json'], cwd)).stdout
}
