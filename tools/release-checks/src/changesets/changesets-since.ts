import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { filesChangedSince } from '@roadmap/lint'
import { parseChangeset, type Changeset } from './parse-changeset.js'
import { isChangesetFileName } from './read-changesets.js'

export interface ChangesetsSince {
  /** Every file changed since the base, committed or not, relative to the root. */
  files: string[]
  /** Changesets added or edited since the base: what this branch declares. */
  changesets: Changeset[]
  /** Ids of changesets deleted since the base (consumed by `changeset version`). */
  consumed: string[]
}

/**
 * The changesets a branch brings: those added or edited since the base.
 * Both `changeset-check` and `content-compat` judge a branch by these, not by
 * every pending changeset, so a changeset already on the base never answers
 * for a new change and the two checks agree.
 *
 * @example
 *   const { changesets } = await changesetsSince(root, base.commit)
 */
export async function changesetsSince(root: string, baseCommit: string): Promise<ChangesetsSince> {
  const files = await filesChangedSince(root, baseCommit)
  const changesets: Changeset[] = []
  const consumed: string[] = []
  for (const file of files) {
    const match = /^\.changeset\/([^/]+)$/.exec(file)
    if (!match?.[1] || !isChangesetFileName(match[1])) continue
    const id = match[1].slice(0, -'.md'.length)
    let text: string
    try {
      text = await readFile(join(root, file), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      consumed.push(id)
      continue
    }
    changesets.push(parseChangeset(text, id))
  }
  return { files, changesets, consumed }
}
