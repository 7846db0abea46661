import { constants, open } from 'node:fs/promises'
import { maxCacheBytes } from './cache-format.js'

export type CacheText = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'problem'; why: string }

// Not through a symbolic link (a checkout can plant one to `/dev/zero` or a
// file of the user's), not blocking on a FIFO, and only a regular file.
// `O_NOFOLLOW` does not exist on Windows, where git checks out no symbolic
// links by default.
const readFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/**
 * The text of a cache file, read without following a symbolic link, only
 * from a regular file, and never more than `maxCacheBytes`. Never throws.
 */
export async function readCacheText(path: string): Promise<CacheText> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(path, readFlags)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Not there yet (or its folder is not): an empty cache; saving reports any real problem.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' }
    if (code === 'ELOOP') return { kind: 'problem', why: 'it is a symbolic link, expected a file' }
    return { kind: 'problem', why: `cannot read it (${code ?? 'error'})` }
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) return { kind: 'problem', why: 'not a regular file' }
    if (stats.size > maxCacheBytes) return { kind: 'problem', why: `larger than ${maxCacheBytes / 1024 / 1024} MiB` }
    // One byte more than its size, to see a file that grew meanwhile: never more than the cap.
    const buffer = Buffer.alloc(stats.size + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > stats.size) return { kind: 'problem', why: 'it grew while it was read' }
    return { kind: 'text', text: buffer.toString('utf8', 0, length) }
  } catch (error) {
    return { kind: 'problem', why: `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
  } finally {
    await handle.close().catch(() => undefined)
  }
}
