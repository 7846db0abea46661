import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A content file as it is on disk. */
export interface ContentFileOnDisk {
  path: string
  bytes: Uint8Array
}

/**
 * Every `<roadmap>/<file>.md` of a content folder, read. The CLI's discovery
 * also reports the layout's problems; the server only needs the files, whose
 * own checks report the rest. A folder or file that cannot be read is left
 * out: the editor shows what it can, and `roadmap-lint` reports the rest.
 *
 * @example
 *   const files = await readContent('/repo/content')
 */
export async function readContent(contentDir: string): Promise<ContentFileOnDisk[]> {
  const folders = await readdir(contentDir, { withFileTypes: true }).catch(() => [])
  const files: ContentFileOnDisk[] = []
  for (const folder of folders.filter((entry) => entry.isDirectory()).sort(byName)) {
    const dir = join(contentDir, folder.name)
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries.filter((each) => each.isFile() && each.name.endsWith('.md')).sort(byName)) {
      const path = join(dir, entry.name)
      const bytes = await readFile(path).catch(() => undefined)
      if (bytes) files.push({ path, bytes })
    }
  }
  return files
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}
