import type { Diagnostic } from '../diagnostic.js'
import { checkAliases } from './aliases.js'
import { checkDuplicateSteps } from './duplicate-steps.js'
import { checkRequires } from './requires.js'
import type { FileSummary } from './summary.js'

/**
 * The last stage of the pipeline: the checks that need more than one file,
 * duplicate step ids, `requires` and aliases, over every file's summary. Returns the
 * problems, each with its file's path in `file`; the caller adds them to its
 * files.
 */
export function checkCrossFile(summaries: ReadonlyArray<FileSummary>): Diagnostic[] {
  return [...checkDuplicateSteps(summaries), ...checkRequires(summaries), ...checkAliases(summaries)]
}
