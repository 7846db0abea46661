import { severityOf, type Severity } from '@roadmap/core/pipeline-light'
import { diagnosticsOf, pathOf, relatedOf, spanOf } from './diagnostics.js'
import type { Formatter } from './types.js'

/**
 * One problem in the `json` report. This shape is a stable interface, documented
 * field by field in `docs/formatters.md`: adding a field is a minor change;
 * removing, renaming or retyping one, or changing what it means, is breaking.
 */
export interface JsonProblem {
  /** Path of the file, as the results give it (the CLI: relative, with `/`). */
  file: string
  /** Line of the start, from 1. */
  line: number
  /** Column of the start, from 1, in UTF-16 code units. */
  column: number
  /** Line of the end; the start line when the problem is at a point. */
  endLine: number
  /** Column just after the end; the start column when the problem is at a point. */
  endColumn: number
  /** Id of the rule that reported the problem, or `null`. */
  ruleId: string | null
  severity: Severity
  /** What is wrong, in one sentence (the vfile message's `reason`). */
  message: string
  /** Absolute URL of the rule's documentation, or `null`. */
  url: string | null
  /**
   * Other places that explain the problem, such as where the YAML parser gave
   * up on an unclosed `[` the problem points at. Present only when there are some.
   */
  related?: JsonRelated[]
}

/** A place related to a problem in the `json` report: a span and what happens there. */
export interface JsonRelated {
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
}

/**
 * A flat JSON array of problems for scripts and other tools, sorted by file,
 * line, column and rule id; `[]` when there are none.
 *
 * @example
 *   const problems: JsonProblem[] = JSON.parse(json(results, options))
 */
export const json: Formatter = (results) => {
  const problems = diagnosticsOf(results).map(({ file, diagnostic }): JsonProblem => {
    const span = spanOf(diagnostic)
    const related = relatedOf(diagnostic)
    return {
      file: pathOf(file),
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
      ruleId: diagnostic.ruleId ?? null,
      severity: severityOf(diagnostic),
      message: diagnostic.reason,
      url: diagnostic.url ?? null,
      ...(related.length > 0 ? { related } : {})
    }
  })
  return `${JSON.stringify(problems, null, 2)}\n`
}
