import type { Changeset } from '../changesets/parse-changeset.js'
import { changesetsSince } from '../changesets/changesets-since.js'
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
  const { files, changesets, consumed: consumedChangesets } = await changesetsSince(root, base.commit)

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
