import { GitError } from '../errors.js'
import { runGit } from './run-git.js'

/** The commit a check compares the working tree with. */
export interface Base {
  /** The ref as given or chosen, such as `origin/main` or `HEAD~1`. */
  ref: string
  /** The full commit id compared with. */
  commit: string
  /** How the commit was found, for messages. */
  description: string
}

/** Refs tried, in order, when no `--base` is given. */
export const defaultBaseRefs = ['origin/main', 'main'] as const

/** The top folder of the git work tree that holds `cwd`. */
export async function findRepositoryRoot(cwd: string): Promise<string> {
  try {
    return (await runGit(['rev-parse', '--show-toplevel'], { cwd })).trim()
  } catch (cause) {
    throw new GitError(`Cannot find a git repository at \`${cwd}\``, { cause })
  }
}

/**
 * Find the commit to compare with: the merge-base of `HEAD` and `ref`, so that
 * commits that landed on the base branch after this branch started do not
 * count as changes. Without `ref`: `origin/main`, else `main`, else `HEAD~1`.
 *
 * @example
 *   await resolveBase(root, 'HEAD~1') // { ref: 'HEAD~1', commit: '1a2b…', description: … }
 */
export async function resolveBase(root: string, ref?: string): Promise<Base> {
  if (ref !== undefined) {
    const commit = await commitOf(root, ref)
    if (!commit)
      throw new GitError(`Cannot find git ref \`${ref}\`, expected a branch, tag or commit such as \`origin/main\``)
    return mergeBase(root, ref, commit)
  }
  for (const candidate of defaultBaseRefs) {
    const commit = await commitOf(root, candidate)
    if (commit) return mergeBase(root, candidate, commit)
  }
  const previous = await commitOf(root, 'HEAD~1')
  if (!previous) {
    throw new GitError(
      'Cannot find a base to compare with: no `origin/main`, no `main` and no `HEAD~1`; pass `--base REF`'
    )
  }
  return { ref: 'HEAD~1', commit: previous, description: '`HEAD~1` (no `origin/main` or `main` found)' }
}

async function commitOf(root: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined
  try {
    return (
      await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: root })
    ).trim()
  } catch {
    return undefined
  }
}

async function mergeBase(root: string, ref: string, commit: string): Promise<Base> {
  let base: string
  try {
    base = (await runGit(['merge-base', 'HEAD', commit], { cwd: root })).trim()
  } catch (cause) {
    throw new GitError(
      `Cannot find where \`HEAD\` and \`${ref}\` diverged: fetch the full history (\`git fetch --unshallow\`, or \`fetch-depth: 0\` in actions/checkout)`,
      { cause }
    )
  }
  const description = base === commit ? `\`${ref}\`` : `the merge-base of \`HEAD\` and \`${ref}\``
  return { ref, commit: base, description: `${description} (${base.slice(0, 7)})` }
}
