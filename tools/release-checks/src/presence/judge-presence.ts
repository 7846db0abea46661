import type { Changeset } from '../changesets/parse-changeset.js'
import { corePackageName } from '../compat/describe.js'

/** A workspace package, as far as releases care. */
export interface WorkspacePackage {
  name: string
  /** Folder relative to the repository root, with `/` separators, such as `packages/core`. */
  directory: string
  /** Private packages are never published, so they need no changeset. */
  private: boolean
}

export interface PresenceInput {
  /** Files changed since the base, relative to the repository root. */
  changedFiles: readonly string[]
  /** Changesets added or edited since the base. */
  changesets: readonly Changeset[]
  /** Ids of changesets that existed at the base and are gone: `changeset version` consumed them. */
  consumedChangesets: readonly string[]
  packages: readonly WorkspacePackage[]
  /** The content folder relative to the repository root. Default `content`. */
  contentPath?: string
}

export interface PackageChange {
  name: string
  files: string[]
}

export interface PresenceResult {
  /** Changed files that change the dataset `@roadmap/core` ships. */
  contentFiles: string[]
  /** Publishable packages whose source or manifest changed. */
  packageChanges: PackageChange[]
  /** True for a versioning change (the "Version Packages" pull request), which needs no changeset. */
  versioning: boolean
  /** One sentence per missing changeset; empty when the check passes. */
  problems: string[]
}

/**
 * Decide whether a change comes with the changesets it needs: content changes
 * need one that names `@roadmap/core`; changes to a publishable package's
 * `src/` or `package.json` need any changeset (an empty one, from
 * `changeset --empty`, says "no release needed" on purpose). Tests are not
 * released, so `*.test.ts` files and snapshots do not count.
 *
 * @example
 *   judgePresence({ changedFiles: ['content/backend/roadmap.md'], changesets: [], consumedChangesets: [], packages })
 *   // { problems: ['`content/` changed (…) but no new changeset names `@roadmap/core` …'], … }
 */
export function judgePresence(input: PresenceInput): PresenceResult {
  const contentPath = input.contentPath ?? 'content'
  const contentFiles = input.changedFiles.filter((file) => isDatasetFile(file, contentPath))
  const packageChanges = input.packages
    .filter((workspacePackage) => !workspacePackage.private)
    .map((workspacePackage) => ({
      name: workspacePackage.name,
      files: input.changedFiles.filter((file) => isReleasedFile(file, workspacePackage.directory))
    }))
    .filter((change) => change.files.length > 0)

  const versioning = input.consumedChangesets.length > 0 && input.changesets.length === 0
  const problems: string[] = []
  if (!versioning) {
    const namesCore = input.changesets.some((changeset) =>
      changeset.releases.some((release) => release.name === corePackageName)
    )
    if (contentFiles.length > 0 && !namesCore) {
      problems.push(
        `\`${contentPath}/\` changed (${listFiles(contentFiles)}), but no new changeset names \`${corePackageName}\`. ` +
          `The dataset ships in \`${corePackageName}\`, so a content change is a release: run \`pnpm changeset\`, ` +
          `select \`${corePackageName}\` and choose the bump \`pnpm content:compat\` asks for.`
      )
    }
    if (packageChanges.length > 0 && input.changesets.length === 0) {
      for (const change of packageChanges) {
        problems.push(
          `\`${change.name}\` changed (${listFiles(change.files)}), but there is no new changeset: ` +
            'run `pnpm changeset` to describe the change for the changelog, or `pnpm changeset --empty` when it needs no release.'
        )
      }
    }
  }
  return { contentFiles, packageChanges, versioning, problems }
}

// Files directly in the content folder (its README) document the format; they
// are not part of the dataset.
function isDatasetFile(file: string, contentPath: string): boolean {
  return file.startsWith(`${contentPath}/`) && file.slice(contentPath.length + 1).includes('/')
}

function isReleasedFile(file: string, directory: string): boolean {
  if (file === `${directory}/package.json`) return true
  if (!file.startsWith(`${directory}/src/`)) return false
  return !/\.test\.[cm]?[jt]sx?$/.test(file) && !file.includes('/__snapshots__/')
}

function listFiles(files: readonly string[]): string {
  const shown = files.slice(0, 3).map((file) => `\`${file}\``)
  const more = files.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
}
