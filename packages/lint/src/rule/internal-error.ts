import { createDiagnostic, defineStageRule, type Diagnostic } from '@roadmap/core/pipeline-light'
import { lintDocsUrl, lintRuleIds } from '../rule-ids.js'

/** Where a bug in the linter is reported. */
export const issuesUrl = 'https://github.com/roadmap-dev/roadmap/issues'

/**
 * An internal error is a bug in the linter (or a library it runs), not in the
 * content: one file's checks failed. It is reported on that file so the rest
 * of the run still counts; `--exit-on-internal-error` makes the run exit 2.
 */
export const internalErrorRule = defineStageRule({
  id: lintRuleIds.internalError,
  defaultSeverity: 'error',
  description: 'A check failed with an internal error: a bug in the linter, reported on the file it was checking',
  url: lintDocsUrl(lintRuleIds.internalError),
  source: 'roadmap-lint',
  implementedIn: ['packages/lint/src/rule/internal-error.ts']
})

/**
 * The diagnostic for an error thrown while checking the file at `path`;
 * `stage` says what was running (`parsing`, `rule \`list-marker\``).
 *
 * @example
 *   internalError('content/backend/01-x.md', 'rule `list-marker`', error)
 */
export function internalError(path: string, stage: string, error: unknown): Diagnostic {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return createDiagnostic(
    path,
    `Internal error while ${stage}: ${firstLine(detail)}. This is a bug in roadmap-lint, not in the content: please report it at ${issuesUrl} with this file`,
    {
      ruleId: lintRuleIds.internalError,
      url: internalErrorRule.meta.url,
      source: internalErrorRule.source,
      place: { line: 1, column: 1 },
      cause: error
    }
  )
}

/** Whether a diagnostic is an internal error (for `--exit-on-internal-error`). */
export function isInternalError(diagnostic: { ruleId?: string | undefined | null }): boolean {
  return diagnostic.ruleId === lintRuleIds.internalError
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? ''
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
