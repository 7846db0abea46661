import { randomBytes } from 'node:crypto'
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Replace a file's contents all at once: write a temporary file beside it and
 * rename it over the original, so a crash never leaves half a file. A
 * symbolic link is followed, so the link stays and its target gets the text.
 *
 * @example
 *   await writeAtomic('content/backend/03-databases.md', fixedText)
 */
export async function writeAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  const target = await realpath(path).catch(() => path)
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const mode = await stat(target).then(
    (stats) => stats.mode,
    () => undefined
  )
  try {
    await writeFile(temporary, contents, mode === undefined ? {} : { mode })
    await rename(temporary, target)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
}
