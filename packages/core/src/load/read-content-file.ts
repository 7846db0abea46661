import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import { basename } from 'node:path'
import { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { defaultMaxFileBytes, reportTooLarge } from '../parse/decode.js'

/**
 * Read a file's bytes, or report why it cannot be read (never throws).
 * Synchronous inside: content files are small, and `fs/promises` costs four
 * thread-pool round trips per file (open, fstat, read, close) that compete
 * with the parser for the CPU.
 */
export async function readContentFile(
  path: string,
  maxBytes = defaultMaxFileBytes
): Promise<{ contents: Uint8Array } | { file: VFile }> {
  try {
    // Never through a symbolic link (discovery reports those): O_NOFOLLOW
    // refuses one, and lstat then tells a link from other failures, for a
    // clear message. (Without O_NOFOLLOW, on Windows, lstat first.)
    if (!constants.O_NOFOLLOW && lstatSync(path).isSymbolicLink()) return { file: symlinkFile(path) }
    const descriptor = openNoFollow(path)
    if (descriptor === undefined) return { file: symlinkFile(path) }
    try {
      // Check first: a huge file is never read into memory, and reading a FIFO
      // or a device would block or never end.
      const stats = fstatSync(descriptor)
      if (!stats.isFile()) {
        return { file: unreadable(path, 'Cannot read file: it is not a regular file; replace it with a Markdown file') }
      }
      if (stats.size > maxBytes) {
        const file = new VFile({ path })
        reportTooLarge(file, stats.size, maxBytes)
        return { file }
      }
      return { contents: readAll(descriptor, stats.size) }
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    return { file: unreadable(path, `Cannot read file: ${describeFsError(error)}`, error) }
  }
}

/** A descriptor to read `path`, or `undefined` when it is a symbolic link. */
function openNoFollow(path: string): number | undefined {
  try {
    return openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    // ELOOP on Linux and macOS, EMLINK on FreeBSD.
    const code = (error as NodeJS.ErrnoException).code
    if ((code === 'ELOOP' || code === 'EMLINK') && lstatSync(path).isSymbolicLink()) return undefined
    throw error
  }
}

/** The whole file: `size` bytes as `fstat` saw them, or fewer if it shrank meanwhile. */
function readAll(descriptor: number, size: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(size)
  let read = 0
  while (read < size) {
    const count = readSync(descriptor, buffer, read, size - read, null)
    if (count === 0) break
    read += count
  }
  return buffer.subarray(0, read)
}

/** Why a symbolic link in the content tree is not read. */
export function symlinkReason(path: string): string {
  return `Unexpected symbolic link \`${basename(path)}\`, expected a real file or folder: content is never read through a link; replace the link with what it points to`
}

function symlinkFile(path: string): VFile {
  const file = new VFile({ path })
  report(file, symlinkReason(path), {
    ruleId: coreRuleIds.contentSymlink,
    place: { line: 1, column: 1 }
  })
  return file
}

function unreadable(path: string, reason: string, cause?: unknown): VFile {
  const file = new VFile({ path })
  report(file, reason, { ruleId: coreRuleIds.fileUnreadable, place: { line: 1, column: 1 }, cause })
  return file
}

/** A file-system error in words a contributor understands. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'it does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; check its permissions'
    case 'ELOOP':
      return 'it is a symbolic link, or a loop of them; replace it with a real file'
    case 'EISDIR':
      return 'it is a folder, expected a Markdown file'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
