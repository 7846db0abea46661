import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parse } from 'yaml'
import { PackConsumerError } from './errors.js'
import type { Lockfile } from './lockfile-types.js'

/** The nearest folder at or above `from` that holds `pnpm-workspace.yaml`. */
export function findWorkspaceRoot(from: string): string {
  for (let directory = resolve(from); ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'pnpm-workspace.yaml'))) return directory
    if (dirname(directory) === directory) {
      throw new PackConsumerError(
        'ERR_PACK_CONSUMER_WORKSPACE',
        `Cannot find \`pnpm-workspace.yaml\` in \`${from}\` or any folder above it`
      )
    }
  }
}

/** The workspace's `pnpm-lock.yaml`, parsed. */
export async function readWorkspaceLockfile(root: string): Promise<Lockfile> {
  const path = join(root, 'pnpm-lock.yaml')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new PackConsumerError('ERR_PACK_CONSUMER_LOCKFILE', `Cannot read \`${path}\`; run \`pnpm install\` first`, {
      cause: error
    })
  }
  const lockfile = parse(text) as Partial<Lockfile> | null
  if (!lockfile || typeof lockfile.importers !== 'object' || !String(lockfile.lockfileVersion ?? '').startsWith('9.')) {
    throw new PackConsumerError('ERR_PACK_CONSUMER_LOCKFILE', `\`${path}\` is not a pnpm lockfile of version 9`)
  }
  return lockfile as Lockfile
}

/**
 * The store the workspace's `node_modules` was installed from, as pnpm
 * recorded it in `node_modules/.modules.yaml`. Not `pnpm store path`: that
 * answers from the current configuration, which may differ (a store set by an
 * environment variable that a task runner does not pass on, say).
 */
export async function readWorkspaceStore(root: string): Promise<string> {
  const path = join(root, 'node_modules', '.modules.yaml')
  let modules: { storeDir?: unknown } | null
  try {
    modules = parse(await readFile(path, 'utf8')) as { storeDir?: unknown } | null
  } catch (error) {
    throw new PackConsumerError(
      'ERR_PACK_CONSUMER_WORKSPACE',
      `Cannot read \`${path}\`; run \`pnpm install --frozen-lockfile\` first`,
      { cause: error }
    )
  }
  if (typeof modules?.storeDir !== 'string') {
    throw new PackConsumerError(
      'ERR_PACK_CONSUMER_WORKSPACE',
      `\`${path}\` does not name the store the workspace was installed from; run \`pnpm install --frozen-lockfile\``
    )
  }
  return modules.storeDir
}
