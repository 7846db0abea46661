import { execFile } from 'node:child_process'
import { realpath } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { GitError } from '../errors.js'

const run = promisify(execFile)

/** What changed against a git base: the files, and where to read them as they were. */
export interface Changes {
  /** Absolute paths of the changed files, as the linter names them. */
  files: Set<string>
  /** The text of a changed file at the merge base; `undefined` for a file that did not exist there. */
  textAtBase: (path: string) => Promise<string | undefined>
}

/**
 * Absolute paths of the files changed against `base` (committed, staged,
 * unstaged, untracked, and deleted), compared with the merge base so a
 * pull request sees only its own changes. An empty `base` means `origin/main`,
 * else `main`.
 */
export async function changedFiles(base: string, cwd: string): Promise<Set<string>> {
  return (await changesSince(base, cwd)).files
}

/**
 * The changes against `base` (see `changedFiles`), with the text each changed
 * file had at the merge base: `--changed` checks only the links a change adds.
 */
export async function changesSince(base: string, cwd: string): Promise<Changes> {
  if (base.startsWith('-'))
    throw new GitError(`Unexpected git base \`${base}\` for --changed, expected a branch, tag or commit`)
  const root = (await git(['rev-parse', '--show-toplevel'], cwd)).trim()
  const ref = base || (await firstExisting(['origin/main', 'main'], cwd))
  const mergeBase = (
    await git(['merge-base', ref, 'HEAD'], cwd).catch(() => {
      throw new GitError(
        `Cannot find git base \`${ref}\` for --changed; fetch it (\`git fetch origin ${ref.replace(/^origin\//, '')}\`) or name another base`
      )
    })
  ).trim()
  // git names the real path of the root; the linter uses paths as the user
  // typed them, which differ when the checkout is reached through a symlink.
  const realCwd = await realpath(cwd)
  const byPath = new Map(
    (await filesChangedSince(root, mergeBase)).map((path) => [
      resolve(cwd, relative(realCwd, resolve(root, path))),
      path
    ])
  )
  return {
    files: new Set(byPath.keys()),
    textAtBase: async (path) => {
      const inRepository = byPath.get(path)
      if (inRepository === undefined) return undefined
      // A file added by the change has no text at the base: `git show` fails.
      return git(['show', `${mergeBase}:${inRepository}`], root).catch(() => undefined)
    }
  }
}

/**
 * Every file that differs between `commit` and the work tree of the
 * repository at `root`: committed, staged, unstaged and untracked (but not
 * ignored) changes, deletions included, relative to the root with `/`
 * separators, sorted. A rename counts as the old path removed and the new
 * one added.
 *
 * @example
 *   await filesChangedSince(root, mergeBase) // ['.changeset/wild-owls.md', 'content/backend/03-databases.md']
 */
export async function filesChangedSince(root: string, commit: string): Promise<string[]> {
  // Both from the root, as `git ls-files` prints paths relative to where it
  // runs; `-z` keeps names with spaces or accents unquoted.
  const [changed, untracked] = await Promise.all([
    git(['diff', '--name-only', '-z', '--no-renames', commit, '--'], root),
    git(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], root)
  ])
  return [...new Set(`${changed}\0${untracked}`.split('\0').filter(Boolean))].sort()
}

async function firstExisting(refs: ReadonlyArray<string>, cwd: string): Promise<string> {
  for (const ref of refs) {
    try {
      await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)
      return ref
    } catch {
      // Try the next candidate.
    }
  }
  throw new GitError(`Cannot find a default base for --changed (tried ${refs.join(', ')}); name one: --changed=<ref>`)
}

async function git(args: ReadonlyArray<string>, cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })
    return stdout
  } catch (cause) {
    const error = cause as NodeJS.ErrnoException & { stderr?: string }
    if (error.code === 'ENOENT') throw new GitError('Cannot run git for --changed: is it installed?', { cause })
    throw new GitError(`git ${args.join(' ')} failed: ${(error.stderr ?? error.message).trim()}`, { cause })
  }
}
