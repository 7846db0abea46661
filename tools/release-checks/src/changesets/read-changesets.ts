import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import read from '@changesets/read'
import { maxBump, type Bump } from '../bump.js'
import { parseChangeset, type Changeset } from './parse-changeset.js'

/** Whether a file name in `.changeset/` is a changeset, by changesets' own rule (`@changesets/read`). */
export function isChangesetFileName(name: string): boolean {
  return !name.startsWith('.') && name.endsWith('.md') && !/^README\.md$/i.test(name)
}

/**
 * Every pending changeset of the repository at `root`, read by changesets
 * itself (`@changesets/read`), sorted by id. A repository without
 * `.changeset/` has none.
 *
 * @example
 *   const changesets = await readChangesets(process.cwd())
 */
export async function readChangesets(root: string): Promise<Changeset[]> {
  let names: string[]
  try {
    names = await readdir(join(root, '.changeset'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  try {
    const changesets = await read(root)
    return changesets
      .map(({ id, releases, summary }) => ({ id, releases, summary }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  } catch (error) {
    // changesets does not say which file it could not parse: find it, to name it.
    for (const name of names.filter(isChangesetFileName))
      parseChangeset(await readFile(join(root, '.changeset', name), 'utf8'), name.slice(0, -'.md'.length))
    throw error
  }
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
