import {
  checkContent,
  coreContentRules,
  type ContentRule,
  type Diagnostic,
  type FileSummary
} from '@roadmap/core/pipeline-light'
import { internalError } from '../rule/internal-error.js'

/** What the checks across files need besides the summaries. */
export interface ContentCheckOptions {
  /** The content rules to run besides the core's: those the configuration turns off are left out. */
  rules: ReadonlyArray<ContentRule>
  /** Each rule's options, as the configuration resolved them. */
  optionsOf: (ruleId: string) => unknown
  /** Whether anything exists at an absolute path (a relative link to a file that is not content). */
  exists: (path: string) => boolean
  /** The file an internal error of a rule is reported on (default: the first). */
  errorsOn?: string
}

/**
 * The checks across files: the core's content rules (duplicate step ids,
 * `requires`, aliases), then `rules`, over every file's summary. Returns
 * their problems, each with its file's path in `file`. A rule that throws is
 * a bug: an internal error on a file (`errorsOn`, else the first), so the
 * problems found so far still count.
 *
 * @example
 *   checkAcrossFiles(summaries, { rules, optionsOf, exists: existsSync })
 */
export function checkAcrossFiles(summaries: ReadonlyArray<FileSummary>, options: ContentCheckOptions): Diagnostic[] {
  const errors: Diagnostic[] = []
  const diagnostics = checkContent(
    [...coreContentRules, ...options.rules],
    { files: summaries, exists: options.exists },
    {
      optionsOf: options.optionsOf,
      onError: (rule, error) => {
        const on = options.errorsOn ?? summaries[0]?.path
        if (on === undefined) throw error
        errors.push(internalError(on, `running rule \`${rule.meta.id}\` across files`, error))
      }
    }
  )
  return [...errors, ...diagnostics]
}
