import { runGit, splitNul } from './run-git.js'

/**
 * Every file that differs between `commit` and the work tree: committed,
 * staged, unstaged and untracked (but not ignored) changes, with `/`
 * separators, relative to the repository root, sorted. A rename counts as the
 * old path removed and the new path added.
 *
 * @example
 *   await changedFiles(root, base.commit) // ['.changeset/wild-owls.md', 'content/backend/03-databases.md']
 */
export async function changedFiles(root: string, commit: string): Promise<string[]> {
  const [tracked, untracked] = await Promise.all([
    runGit(['diff', '--name-only', '--no-renames', '-z', commit, '--'], { cwd: root }),
    runGit(['ls-files', '--others', '--exclude-standard', '-z', '--full-name'], { cwd: root })
  ])
  return [...new Set([...splitNul(tracked), ...splitNul(untracked)])].sort()
}
