import { relative } from 'node:path'
import { CacheError } from '../errors.js'
import { isTrackedByGit } from '../git/tracked.js'

/** A cache file a run would read and write, and what it is called in messages. */
export interface CacheFile {
  /** Absolute path; `undefined` when the run uses no such cache. */
  path: string | undefined
  /** `content cache`, `link cache`. */
  name: string
}

/**
 * Refuse cache files that git tracks: whoever can change the repository (a
 * pull request) could have written them, and a cache that says "no problem"
 * would hide problems. Throws `CacheError` (exit code 2) naming the first such
 * file and how to untrack it; outside a git work tree there is nothing to check.
 *
 * @example
 *   await refuseTrackedCaches([{ path: '/repo/.roadmap-lint-content-cache', name: 'content cache' }], '/repo')
 */
export async function refuseTrackedCaches(caches: ReadonlyArray<CacheFile>, cwd: string): Promise<void> {
  const used = caches.filter((cache): cache is CacheFile & { path: string } => cache.path !== undefined)
  const tracked = await Promise.all(used.map((cache) => isTrackedByGit(cache.path)))
  const first = used.find((_, index) => tracked[index])
  if (!first) return
  const shown = relative(cwd, first.path) || first.path
  throw new CacheError(
    `Unexpected ${first.name} \`${shown}\` tracked by git, expected a file that git ignores: a cache from the repository could hide problems, so it is never used. Untrack it with \`git rm --cached ${quoted(shown)}\`, add it to \`.gitignore\` and delete it (the next run writes it anew)`,
    first.path
  )
}

/** A path as one shell word: quoted when it holds anything but plain path characters. */
function quoted(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`
}
