import type { Root } from 'mdast'
import type { Diagnostic } from '@roadmap/core/pipeline'
import type { Suppression } from '../rule/content.js'
import { walk } from '../util/walk.js'

const directive = /^<!--\s*roadmap-lint-disable-(next-line|line)\b([\s\S]*?)-->$/

/**
 * Read suppression comments:
 * `<!-- roadmap-lint-disable-next-line rule-id other-rule -->` on the line
 * before, or `<!-- roadmap-lint-disable-line rule-id -->` at the end of a line.
 */
export function readSuppressions(tree: Root): Suppression[] {
  const suppressions: Suppression[] = []
  walk(tree, 'html', (node) => {
    const match = directive.exec(node.value.trim())
    if (!match || !node.position) return
    const rules = new Set((match[2] ?? '').split(/[\s,]+/).filter(Boolean))
    const line = match[1] === 'next-line' ? node.position.end.line + 1 : node.position.start.line
    suppressions.push({ line, rules })
  })
  return suppressions
}

/** Whether a suppression silences `message`. */
export function isSuppressed(message: Diagnostic, suppressions: ReadonlyArray<Suppression>): boolean {
  return suppressions.some(
    (suppression) =>
      suppression.line === message.line &&
      (suppression.rules.size === 0 || (message.ruleId !== undefined && suppression.rules.has(message.ruleId)))
  )
}
