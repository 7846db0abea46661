import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { GitError } from '../errors.js'
import { runGit, runGitBuffer, splitNul } from './run-git.js'

interface TreeEntry {
  mode: string
  object: string
  path: string
}

/**
 * Write the files under `path` as they are in `commit` into `destination`
 * (keeping their paths), without touching the work tree, the index or any
 * ref. Returns how many files were written: 0 when `path` does not exist in
 * that commit. Symbolic links and submodules are skipped.
 *
 * @example
 *   await exportTree(root, base.commit, 'content', tmp) // tmp/content/backend/roadmap.md, …
 */
export async function exportTree(root: string, commit: string, path: string, destination: string): Promise<number> {
  const listing = await runGit(['ls-tree', '-r', '-z', '--full-tree', commit, '--', path], { cwd: root })
  const entries = splitNul(listing)
    .map(parseTreeEntry)
    .filter((entry) => entry.mode === '100644' || entry.mode === '100755')
  if (entries.length === 0) return 0

  const output = await runGitBuffer(['cat-file', '--batch'], {
    cwd: root,
    input: entries.map((entry) => `${entry.object}\n`).join('')
  })
  let offset = 0
  for (const entry of entries) {
    const headerEnd = output.indexOf(0x0a, offset)
    const header = output.subarray(offset, headerEnd).toString('utf8')
    const [object, type, size] = header.split(' ')
    if (object !== entry.object || type !== 'blob' || size === undefined) {
      throw new GitError(`Unexpected output from \`git cat-file\` for \`${entry.path}\`: \`${header}\``)
    }
    const start = headerEnd + 1
    const end = start + Number(size)
    const file = join(destination, ...entry.path.split('/'))
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, output.subarray(start, end))
    offset = end + 1 // the newline after each object
  }
  return entries.length
}

function parseTreeEntry(line: string): TreeEntry {
  const tab = line.indexOf('\t')
  const [mode = '', , object = ''] = line.slice(0, tab).split(' ')
  return { mode, object, path: line.slice(tab + 1) }
}
