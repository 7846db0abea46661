import type { Diagnostic } from '../diagnostic.js'
import { checkContent } from '../rule/check-content.js'
import type { FileSummary } from '../validate/summary.js'
import { coreContentRules } from './index.js'

/**
 * The last stage of the pipeline: the content format's checks across files
 * (duplicate step ids, `requires`, aliases) over every file's summary.
 * Returns the problems, each with its file's path in `file`; the caller adds
 * them to its files.
 *
 * @example
 *   for (const diagnostic of checkCrossFile(summaries)) files.get(diagnostic.file)?.messages.push(diagnostic)
 */
export function checkCrossFile(summaries: ReadonlyArray<FileSummary>): Diagnostic[] {
  return checkContent(coreContentRules, { files: summaries })
}
