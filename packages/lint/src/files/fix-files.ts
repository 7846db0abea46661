import type { ContentLimits } from '@roadmap/core/pipeline-light'
import { readContentFile } from '@roadmap/core/pipeline-light'
import { applyFixes } from '../linter/apply-fixes.js'
import type { CheckedFile } from '../linter/checked-file.js'
import { writeAtomic } from '../util/write-atomic.js'

export interface FixSummary {
  /** Messages fixed, removed from their files. */
  fixed: number
  /** Files rewritten. */
  files: string[]
  /** Files left alone because the fixed text would have had more errors. */
  refused: string[]
  /** Files left alone because they changed on disk after they were linted. */
  changed: string[]
}

/**
 * Apply the safe fixes of every file, write each changed file atomically and
 * drop the fixed messages. A file is written only when its fixed text parses
 * with no more errors than before and the file on disk is still the text that
 * was linted: a fix never loses content. `limits` are the run's, so the check
 * parses as the run did.
 */
export async function fixFiles(entries: ReadonlyArray<CheckedFile>, limits: ContentLimits): Promise<FixSummary> {
  const summary: FixSummary = { fixed: 0, files: [], refused: [], changed: [] }
  // Loaded only when there is something to fix: the parser is the run's largest module.
  const { parseContentFile } = await import('@roadmap/core/pipeline')
  for (const entry of entries) {
    if (entry.file.value === undefined) continue
    const before = String(entry.file.value)
    const { text, fixed } = applyFixes(before, entry.file.messages)
    if (text === before) continue

    const errors = (value: string) =>
      parseContentFile(value, { path: entry.path, limits }).diagnostics.filter((message) => message.fatal === true)
        .length
    if (errors(text) > errors(before)) {
      summary.refused.push(entry.path)
      continue
    }

    // The link checker can take minutes: an edit made meanwhile must not be
    // overwritten by the text as it was when linted.
    // Read as linting read it: never through a symbolic link swapped in meanwhile.
    const read = await readContentFile(entry.path)
    const current = 'contents' in read ? read.contents : undefined
    if (current === undefined || decoder.decode(current) !== before) {
      summary.changed.push(entry.path)
      continue
    }
    await writeAtomic(entry.path, hasBom(current) ? `\uFEFF${text}` : text)
    const done = new Set<unknown>(fixed)
    entry.file.messages = entry.file.messages.filter((message) => !done.has(message))
    entry.file.value = text
    summary.fixed += fixed.length
    summary.files.push(entry.path)
  }
  return summary
}

/** Decodes as the parser does: a byte-order mark is dropped. */
const decoder = new TextDecoder('utf-8')

/** Whether the bytes start with a UTF-8 byte-order mark, which a fix keeps. */
function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}
