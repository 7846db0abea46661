import { dirname, resolve, sep } from 'node:path'
import type { CheckedFile } from '../linter/checked-file.js'

/**
 * Which files to report when only `changed` files changed: the changed files,
 * every file of a roadmap that has a changed file (numbering, ids and
 * `requires` are checked across the roadmap), and files elsewhere that
 * require or link into such a roadmap.
 *
 * @example
 *   const isAffected = affectedBy(new Set(['/repo/content/backend/03-databases.md']))
 */
export function affectedBy(changed: ReadonlySet<string>): (entry: Pick<CheckedFile, 'path' | 'summary'>) => boolean {
  const folders = new Set([...changed].filter((path) => path.endsWith('.md')).map((path) => dirname(path)))
  const roadmapIds = new Set([...folders].map((folder) => folder.split(sep).at(-1) ?? ''))
  return (entry) => {
    if (changed.has(entry.path) || folders.has(dirname(entry.path))) return true
    if (entry.summary.step?.requires.some((reference) => roadmapIds.has(reference.roadmap))) return true
    return entry.summary.links.some((link) => {
      const target = relativeTarget(entry.path, link.url)
      return target !== undefined && (folders.has(target) || folders.has(dirname(target)))
    })
  }
}

/** The absolute path a relative link leads to, or `undefined` for a URL or a `#fragment`. */
function relativeTarget(from: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined
  const path = url.split(/[?#]/, 1)[0] ?? ''
  if (path === '') return undefined
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // Keep a path with a stray `%` as written.
  }
  return resolve(dirname(from), decoded)
}
