import { ruleDiagnostic } from '@roadmap/core/pipeline-light'
import type { LinkVerdict } from '@roadmap/links'
import type { IndexedFile } from '../rule/content.js'
import type { LinkRule } from '../rule/define-rule.js'
import type { LinkSummary } from '@roadmap/core/pipeline-light'

/**
 * Run the link rules on one link of a file, with the link checker's verdict
 * on its URL; their problems go on the file, at the link.
 *
 * @example
 *   for (const { entry, link } of places) checkLink(entry, link, verdict, linkRules)
 */
export function checkLink(
  entry: IndexedFile,
  link: LinkSummary,
  verdict: LinkVerdict<unknown>,
  rules: ReadonlyArray<LinkRule>,
  optionsOf: (ruleId: string) => unknown = () => undefined
): void {
  const { start, end } = link.position
  // Line and column only, as the link checker knew the place.
  const place = { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } }
  for (const rule of rules)
    rule.check({
      file: entry.summary,
      link,
      verdict,
      options: optionsOf(rule.meta.id),
      report: (reason, fix) => entry.file.messages.push(ruleDiagnostic(rule, entry.path, reason, place, fix))
    })
}
