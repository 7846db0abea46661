import type { Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import type { VFile } from 'vfile'
import { ContentPathError } from '../errors.js'
import { discoverRoadmaps, type RoadmapFolder } from './discover.js'

/** The content to check: every roadmap folder under the content roots of the named paths. */
export interface DiscoveredContent {
  /** Each roadmap folder once, in the order found; `problems` holds its layout problems, a missing `roadmap.md` included. */
  folders: RoadmapFolder[]
  /** Layout problems outside any roadmap folder: unexpected files and folders in a content folder. */
  problems: VFile[]
  /** Whether an absolute path was named, or lies under a named folder: only those are reported. */
  isNamed: (path: string) => boolean
}

/**
 * The first stage of the pipeline (discover → read → parse → validate →
 * cross-file): find the content. Each named path (a `content/` folder, a
 * roadmap folder or a Markdown file) brings its whole content folder, so that
 * cross-file checks see every step even when one file is named. Throws
 * `ContentPathError` for a path that does not exist or is none of those.
 *
 * @example
 *   const { folders, problems } = await discoverContent(['content/backend/03-databases.md'], process.cwd())
 */
export async function discoverContent(paths: ReadonlyArray<string>, cwd: string): Promise<DiscoveredContent> {
  const named = paths.map((path) => resolve(cwd, path))
  const roots = new Set<string>()
  for (const path of named) roots.add(await contentRootOf(path))

  const folders: RoadmapFolder[] = []
  const problems: VFile[] = []
  const seen = new Set<string>()
  for (const root of roots) {
    const found = await discoverRoadmaps(root)
    problems.push(...found.problems)
    for (const folder of found.folders) {
      if (seen.has(folder.path)) continue
      seen.add(folder.path)
      folders.push(folder)
    }
  }
  return { folders, problems, isNamed: (path) => named.some((name) => path === name || path.startsWith(name + sep)) }
}

async function contentRootOf(path: string): Promise<string> {
  let stats: Stats
  try {
    stats = await stat(path)
  } catch (cause) {
    throw new ContentPathError(
      path,
      `Cannot find \`${path}\`: expected a content folder, a roadmap folder or a Markdown file`,
      { cause }
    )
  }
  if (!stats.isDirectory()) {
    // Its content folder is two levels up: `content/<roadmap>/<file>.md`. For
    // another file that would be some unrelated folder, read for nothing.
    if (!path.endsWith('.md'))
      throw new ContentPathError(
        path,
        `Unexpected \`${path}\`: expected a content folder, a roadmap folder or a Markdown file`
      )
    return dirname(dirname(path))
  }
  try {
    await stat(resolve(path, 'roadmap.md'))
    return dirname(path)
  } catch {
    return path
  }
}
