import type { Diagnostic } from '../diagnostic.js'
import type { FileSummary } from '../validate/summary.js'
import type { ContentRule } from './define-rule.js'
import { ruleDiagnostic } from './rule-diagnostic.js'

/** The content a run checks: every file's summary, and how to tell whether a path exists. */
export interface ContentProject {
  files: ReadonlyArray<FileSummary>
  /** Whether anything exists at an absolute path (default: whether it is one of `files`). */
  exists?: (path: string) => boolean
}

/** How a run sets the rules: their options, and what becomes of a rule that throws. */
export interface ContentCheckSettings {
  /** The options of a rule, as the configuration resolved them. */
  optionsOf?: (ruleId: string) => unknown
  /** The diagnostic for a rule that threw (a bug); without it, the error is thrown on. */
  onError?: (rule: ContentRule, error: unknown) => void
}

/**
 * Run content rules over every file's summary: the checks across files.
 * Returns their problems, each with its file's path in `file`, in the order
 * the rules reported them; the caller adds them to its files.
 *
 * @example
 *   checkContent(coreContentRules, { files: summaries })
 */
export function checkContent(
  rules: ReadonlyArray<ContentRule>,
  project: ContentProject,
  settings: ContentCheckSettings = {}
): Diagnostic[] {
  const byPath = new Map(project.files.map((file) => [file.path, file]))
  const file = (path: string) => byPath.get(path)
  const exists = project.exists ?? ((path: string) => byPath.has(path))
  const diagnostics: Diagnostic[] = []
  for (const rule of rules) {
    try {
      rule.check({
        files: project.files,
        file,
        exists,
        options: settings.optionsOf?.(rule.meta.id),
        report: (target, reason, place, fix) => diagnostics.push(ruleDiagnostic(rule, target.path, reason, place, fix))
      })
    } catch (error) {
      if (!settings.onError) throw error
      settings.onError(rule, error)
    }
  }
  return diagnostics
}
