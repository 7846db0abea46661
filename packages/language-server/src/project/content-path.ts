import { basename, dirname, sep } from 'node:path'

/** Where a content file sits: its roadmap folder's parent (`content/`) and the project around it. */
export interface ContentPlace {
  /** The `content/` folder. */
  contentDir: string
  /** The folder holding `content/`: where the configuration is looked for. */
  root: string
}

/**
 * The content folder a Markdown file belongs to, or `undefined` for a file
 * that is not `content/<roadmap>/<file>.md` (the server leaves those alone,
 * as the editor's client selector does).
 *
 * @example
 *   contentPlaceOf('/repo/content/backend/03-databases.md') // { contentDir: '/repo/content', root: '/repo' }
 */
export function contentPlaceOf(path: string): ContentPlace | undefined {
  if (!path.endsWith('.md')) return undefined
  const contentDir = dirname(dirname(path))
  if (basename(contentDir) !== 'content' || contentDir === dirname(contentDir)) return undefined
  if (!path.startsWith(contentDir + sep)) return undefined
  return { contentDir, root: dirname(contentDir) }
}
