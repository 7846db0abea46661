import { spawn } from 'node:child_process'
import { basename, dirname } from 'node:path'

/**
 * Whether git tracks the file at `path` (or, for a folder, any file in it):
 * whether it is in the index of the work tree that holds it. `false` outside
 * a git work tree, or where git cannot run: there is nothing to check.
 *
 * A file the tool keeps for itself (a cache) must never come from the
 * repository: whoever can change the repository could write it, and a cache
 * that says "no problem" would turn the check green.
 *
 * @example
 *   if (await isTrackedByGit('/repo/.roadmap-lint-content-cache')) throw new CacheError(…)
 */
export function isTrackedByGit(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    // From the file's own folder, for the work tree that holds it. The name is
    // taken literally (`--literal-pathspecs`: `*` or `:(glob)` in it match
    // nothing else), and the answer is the exit code (`--error-unmatch`: 1 when
    // untracked, 128 outside a work tree), so no output is buffered.
    const git = spawn('git', ['--literal-pathspecs', 'ls-files', '--error-unmatch', '--', basename(path)], {
      cwd: dirname(path),
      stdio: 'ignore'
    })
    // No such folder, or no git at all.
    git.on('error', () => resolve(false))
    git.on('close', (code) => resolve(code === 0))
  })
}
