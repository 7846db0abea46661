import { stat } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import { discoverRoadmaps, missingRoadmapFile, type RoadmapFolder } from '@roadmap/core'
import type { VFile } from 'vfile'
import { UsageError } from '../errors.js'

export interface DiscoveredContent {
  folders: RoadmapFolder[]
  /** Problems found while walking the folders (unexpected entries, missing `roadmap.md`). */
  problems: VFile[]
  /** Whether an absolute path was named on the command line (or lies under a named folder). */
  isNamed: (path: string) => boolean
}

/**
 * Find the content to lint. Each named path (a `content/` folder, a roadmap
 * folder or a file) is linted with its whole content folder as context, so
 * cross-file rules see every step even when one file is named.
 */
export async function discoverFiles(paths: ReadonlyArray<string>, cwd: string): Promise<DiscoveredContent> {
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
      problems.push(...folder.problems)
      if (!folder.files.some((file) => file.endsWith(`${sep}roadmap.md`))) {
        problems.push(missingRoadmapFile(folder.path, folder.id))
      }
    }
  }

  return {
    folders,
    problems,
    isNamed: (path) => named.some((name) => path === name || path.startsWith(name + sep))
  }
}

async function contentRootOf(path: string): Promise<string> {
  let stats
  try {
    stats = await stat(path)
  } catch {
    throw new UsageError(`Cannot find \`${path}\`: expected a content folder, a roadmap folder or a Markdown file`)
  }
  if (!stats.isDirectory()) {
    // Its content folder is two levels up: `content/<roadmap>/<file>.md`. For
    // another file that would be some unrelated folder, read for nothing.
    if (!path.endsWith('.md')) {
      throw new UsageError(`Unexpected \`${path}\`: expected a content folder, a roadmap folder or a Markdown file`)
    }
    return dirname(dirname(path))
  }
  try {
    await stat(resolve(path, 'roadmap.md'))
    return dirname(path)
  } catch {
    return path
  }
}
