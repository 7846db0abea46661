import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseChangeset, type Changeset } from '../changesets/parse-changeset.js'
import { isChangesetFileName } from '../changesets/read-changesets.js'
import { filesChangedSince } from '@roadmap/lint'
import { findRepositoryRoot, resolveBase, type Base } from '../git/resolve-base.js'
import { judgePresence, type PresenceResult } from './judge-presence.js'
import { readWorkspacePackages } from './workspace-packages.js'

export interface ChangesetPresenceOptions {
  /** Any folder inside the repository. */
  cwd: string
  /** The ref to compare with; see `resolveBase` for the default. */
  base?: string | undefined
  /** The content folder, relative to the repository root. Default `content`. */
  contentPath?: string
}

export interface ChangesetPresenceResult extends PresenceResult {
  base: Base
  /** Changesets added or edited since the base. */
  changesets: Changeset[]
}

/**
 * Find what changed since the base and whether it comes with changesets.
 *
 * @example
 *   const { problems } = await checkChangesetPresence({ cwd: process.cwd() })
 */
export async function checkChangesetPresence(options: ChangesetPresenceOptions): Promise<ChangesetPresenceResult> {
  const root = await findRepositoryRoot(options.cwd)
  const base = await resolveBase(root, options.base)
  const files = await filesChangedSince(root, base.commit)

  const changesets: Changeset[] = []
  const consumedChangesets: string[] = []
  for (const file of files) {
    const match = /^\.changeset\/([^/]+)$/.exec(file)
    if (!match?.[1] || !isChangesetFileName(match[1])) continue
    const id = match[1].slice(0, -'.md'.length)
    let text: string
    try {
      text = await readFile(join(root, file), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      consumedChangesets.push(id)
      continue
    }
    changesets.push(parseChangeset(text, id))
  }

  const packages = await readWorkspacePackages(root)
  const judged = judgePresence({
    changedFiles: files,
    changesets,
    consumedChangesets,
    packages,
    ...(options.contentPath ? { contentPath: options.contentPath } : {})
  })
  return { ...judged, base, changesets }
}
