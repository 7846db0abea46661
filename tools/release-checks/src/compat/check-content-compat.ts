import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { changesetsSince } from '../changesets/changesets-since.js'
import { declaredBump } from '../changesets/read-changesets.js'
import { ContentInvalidError } from '../errors.js'
import { exportTree } from '../git/export-tree.js'
import { findRepositoryRoot, resolveBase, type Base } from '../git/resolve-base.js'
import { compareDatasets, type DatasetComparison } from './compare-datasets.js'
import { corePackageName, judgeCompat, type CompatVerdict } from './describe.js'
import { loadDataset } from './load-dataset.js'

export interface ContentCompatOptions {
  /** Any folder inside the repository. */
  cwd: string
  /** The ref to compare with; see `resolveBase` for the default. */
  base?: string | undefined
  /** The content folder, relative to the repository root. Default `content`. */
  contentPath?: string
}

export interface ContentCompatResult {
  base: Base
  comparison: DatasetComparison
  verdict: CompatVerdict
  /** Things the reader should know that do not fail the check. */
  warnings: string[]
}

/**
 * Compare the dataset built from the work tree's content with the one built
 * from the base commit, and judge the bump that the changesets added since the
 * base declare for `@roadmap/core`. Throws a `ReleaseCheckError` when it cannot tell.
 *
 * @example
 *   const { verdict } = await checkContentCompat({ cwd: process.cwd(), base: 'HEAD~1' })
 *   if (!verdict.satisfied) process.exitCode = 1
 */
export async function checkContentCompat(options: ContentCompatOptions): Promise<ContentCompatResult> {
  const contentPath = options.contentPath ?? 'content'
  const root = await findRepositoryRoot(options.cwd)
  const base = await resolveBase(root, options.base)

  const after = await loadDataset(join(root, contentPath))
  if (after.errors > 0) {
    throw new ContentInvalidError(
      `The content in \`${contentPath}/\` has ${after.errors} error(s), so its ids cannot be compared: run \`pnpm lint:content\` and fix them first`
    )
  }

  const temporary = await mkdtemp(join(tmpdir(), 'roadmap-content-compat-'))
  try {
    await exportTree(root, base.commit, contentPath, temporary)
    const before = await loadDataset(join(temporary, contentPath))
    const warnings: string[] = []
    if (before.errors > 0) {
      warnings.push(
        `The content at ${base.description} has ${before.errors} error(s); roadmaps with errors there count as added.`
      )
    }
    const comparison = compareDatasets(before.roadmaps, after.roadmaps)
    // Only the changesets this branch adds answer for its changes, as in changeset-check.
    const { changesets } = await changesetsSince(root, base.commit)
    const verdict = judgeCompat(comparison.requiredBump, declaredBump(changesets, corePackageName))
    return { base, comparison, verdict, warnings }
  } finally {
    await rm(temporary, { recursive: true, force: true })
  }
}
