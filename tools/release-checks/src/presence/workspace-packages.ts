import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { WorkspacePackage } from './judge-presence.js'

/**
 * The packages of a pnpm workspace, from the `packages` globs of
 * `pnpm-workspace.yaml`. Supports the globs this repository uses: a folder
 * (`packages/core`) or every folder in one (`packages/*`).
 */
export async function readWorkspacePackages(root: string): Promise<WorkspacePackage[]> {
  const workspace = parseYaml(await readFile(join(root, 'pnpm-workspace.yaml'), 'utf8')) as {
    packages?: unknown
  } | null
  const globs = Array.isArray(workspace?.packages)
    ? workspace.packages.filter((glob): glob is string => typeof glob === 'string')
    : []
  const directories: string[] = []
  for (const glob of globs) {
    if (glob.startsWith('!')) continue
    if (glob.endsWith('/*')) {
      const parent = glob.slice(0, -2)
      const entries = await readdir(join(root, parent), { withFileTypes: true }).catch(() => [])
      directories.push(...entries.filter((entry) => entry.isDirectory()).map((entry) => `${parent}/${entry.name}`))
    } else {
      directories.push(glob.replace(/\/$/, ''))
    }
  }
  const packages: WorkspacePackage[] = []
  for (const directory of directories.sort()) {
    let manifest: { name?: unknown; private?: unknown }
    try {
      manifest = JSON.parse(await readFile(join(root, directory, 'package.json'), 'utf8')) as typeof manifest
    } catch {
      continue // a folder without a package.json is not a package
    }
    if (typeof manifest.name !== 'string') continue
    packages.push({ name: manifest.name, directory, private: manifest.private === true })
  }
  return packages
}
