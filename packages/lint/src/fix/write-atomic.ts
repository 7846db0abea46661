import { randomBytes } from 'node:crypto'
import { rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Replace a file's contents all at once: write a temporary file beside it and
 * rename it over the original, so a crash never leaves half a file.
 */
export async function writeAtomic(path: string, contents: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const mode = await stat(path).then((stats) => stats.mode, () => undefined)
  try {
    await writeFile(temporary, contents, mode === undefined ? {} : { mode })
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
}
