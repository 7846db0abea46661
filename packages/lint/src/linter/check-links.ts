import { ruleDiagnostic, type Diagnostic, type FileSummary } from '@roadmap/core/pipeline-light'
import type { LinkVerdict } from '@roadmap/links'
import type { LinkRule } from '../rule/define-rule.js'

/** The link checker's verdict on a URL as written in a file, if it has one. */
export type VerdictOf = (url: string) => LinkVerdict<unknown> | undefined

/**
 * The link rules' problems in one file: every link the checker has a
 * verdict on, judged by `rules`, each problem at the link.
 *
 * @example
 *   checkLinks(summary, (url) => verdicts.get(url), linkRules, optionsOf)
 */
export function checkLinks(
  summary: FileSummary,
  verdictOf: VerdictOf,
  rules: ReadonlyArray<LinkRule>,
  optionsOf: (ruleId: string) => unknown
): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const link of summary.links) {
    const verdict = verdictOf(link.url)
    if (!verdict) continue
    const { start, end } = link.position
    // Line and column only, as the link checker knows the place.
    const place = { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } }
    for (const rule of rules)
      rule.check({
        file: summary,
        link,
        verdict,
        options: optionsOf(rule.meta.id),
        report: (reason, fix) => diagnostics.push(ruleDiagnostic(rule, summary.path, reason, place, fix))
      })
  }
  return diagnostics
}
