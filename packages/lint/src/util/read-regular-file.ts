import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/**
 * The bytes of the regular file at `path`; `undefined` when there is none;
 * or why it is not read: a symbolic link (never followed, whatever it points
 * to), a FIFO, device or folder (a read could block or never end), or more
 * than `maxBytes` (never read into memory). The core's `readContentFile`
 * does the same for content files, with content diagnostics; this one is for
 * the files the tool keeps for itself and for reading a file again.
 *
 * @example
 *   const read = readRegularFile('.roadmap-lint-content-cache', 256 * 1024 * 1024)
 */
export function readRegularFile(path: string, maxBytes: number): { bytes: Buffer } | { refused: string } | undefined {
  let descriptor: number
  try {
    // O_NONBLOCK: opening a FIFO for reading would wait for a writer.
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    // ELOOP on Linux and macOS, EMLINK on FreeBSD: the path is a symbolic link.
    if (code === 'ELOOP' || code === 'EMLINK') return { refused: 'it is a symbolic link' }
    return { refused: (error as Error).message }
  }
  try {
    const stats = fstatSync(descriptor)
    if (!stats.isFile()) return { refused: 'it is not a regular file' }
    if (stats.size > maxBytes) return { refused: `it is larger than ${maxBytes} bytes` }
    // One byte more than the cap: a file that grew since `fstat` is refused, not read without end.
    const buffer = Buffer.allocUnsafe(stats.size + 1)
    let read = 0
    while (read < buffer.length) {
      const got = readSync(descriptor, buffer, read, buffer.length - read, null)
      if (got === 0) break
      read += got
    }
    if (read > maxBytes) return { refused: `it is larger than ${maxBytes} bytes` }
    return { bytes: buffer.subarray(0, read) }
  } catch (error) {
    return { refused: (error as Error).message }
  } finally {
    closeSync(descriptor)
  }
}
