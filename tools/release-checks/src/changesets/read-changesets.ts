import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { maxBump, type Bump } from '../bump.js'
import { parseChangeset, type Changeset } from './parse-changeset.js'

/**
 * Whether a file name in `.changeset/` is a changeset. changesets itself skips
 * `README.md` and anything that is not Markdown.
 */
export function isChangesetFileName(name: string): boolean {
  return name.endsWith('.md') && name.toLowerCase() !== 'readme.md'
}

/**
 * Read every pending changeset in a `.changeset/` folder, sorted by id. A
 * missing folder has none.
 *
 * @example
 *   const changesets = await readChangesets('.changeset')
 */
export async function readChangesets(directory: string): Promise<Changeset[]> {
  let names: string[]
  try {
    names = await readdir(directory)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const files = names.filter(isChangesetFileName).sort()
  return Promise.all(
    files.map(async (name) => parseChangeset(await readFile(join(directory, name), 'utf8'), name.slice(0, -'.md'.length)))
  )
}

/**
 * The largest bump the changesets declare for one package, `none` if none
 * names it.
 *
 * @example
 *   declaredBump(changesets, '@roadmap/core') // 'minor'
 */
export function declaredBump(changesets: readonly Changeset[], packageName: string): Bump {
  return changesets
    .flatMap((changeset) => changeset.releases)
    .filter((release) => release.name === packageName)
    .reduce<Bump>((bump, release) => maxBump(bump, release.type), 'none')
}
