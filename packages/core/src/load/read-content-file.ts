import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { defaultMaxFileBytes } from '../parse/decode.js'
import { stat } from 'node:fs/promises'

/** Read a file's bytes, or report why it cannot be read (never throws). */
export async function readContentFile(
  path: string,
  maxBytes = defaultMaxFileBytes
): Promise<{ contents: Uint8Array } | { file: VFile }> {
  try {
    // Check the size first so a huge file is never read into memory.
    const stats = await stat(path)
    if (stats.size > maxBytes) {
      const file = new VFile({ path })
      report(
        file,
        `Unexpected file of ${(stats.size / (1024 * 1024)).toFixed(1)} MiB, expected at most ${(maxBytes / (1024 * 1024)).toFixed(1)} MiB; split it into smaller step files`,
        { ruleId: coreRuleIds.fileTooLarge, place: { line: 1, column: 1 } }
      )
      return { file }
    }
    return { contents: await readFile(path) }
  } catch (error) {
    const file = new VFile({ path })
    report(file, `Cannot read file: ${describeFsError(error)}`, {
      ruleId: coreRuleIds.fileUnreadable,
      place: { line: 1, column: 1 },
      cause: error
    })
    return { file }
  }
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
