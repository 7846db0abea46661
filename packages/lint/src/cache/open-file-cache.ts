import { dirname } from 'node:path'
import { FileCache, type FileCacheOptions } from './file-cache.js'

/**
 * Open the content cache at `path`, for content files inside `root` (default:
 * the cache file's folder). Pass it to `lint()`, which uses only the results
 * of its own tool, rules and configuration (`cacheKey`). `warning` says why a
 * file that is there was not used, whole or in part; nothing in it can fail
 * a run.
 *
 * @example
 *   const { cache, warning } = openFileCache('.roadmap-lint-content-cache', { root: process.cwd() })
 *   const result = await lint({ ...options, cache })
 *   cache.save()
 */
export function openFileCache(
  path: string,
  options: Partial<FileCacheOptions> = {}
): { cache: FileCache; warning?: string } {
  return FileCache.load(path, { ...options, root: options.root ?? dirname(path) })
}
