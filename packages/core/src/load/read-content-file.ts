import { readFileSync, statSync } from 'node:fs'
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
    // Check first: a huge file is never read into memory, and reading a FIFO
    // or a device would block or never end.
    const stats = statSync(path)
    if (!stats.isFile()) {
      return { file: unreadable(path, 'Cannot read file: it is not a regular file; replace it with a Markdown file') }
    }
    if (stats.size > maxBytes) {
      const file = new VFile({ path })
      reportTooLarge(file, stats.size, maxBytes)
      return { file }
    }
    return { contents: readFileSync(path) }
  } catch (error) {
    return { file: unreadable(path, `Cannot read file: ${describeFsError(error)}`, error) }
  }
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
      return 'symbolic link loop; point the link at a real file or remove it'
    case 'EISDIR':
      return 'it is a folder, expected a Markdown file'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
