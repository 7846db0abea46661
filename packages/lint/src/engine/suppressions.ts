import type { Diagnostic } from '@roadmap/core/pipeline'
import type { Suppression } from '../rule/content.js'

/**
 * Whether a suppression silences `message`. The caller leaves out the rules
 * no comment silences (`applySettings`).
 */
export function isSuppressed(message: Diagnostic, suppressions: ReadonlyArray<Suppression>): boolean {
  return suppressions.some(
    (suppression) =>
      suppression.line === message.line &&
      (suppression.rules.size === 0 || (message.ruleId !== undefined && suppression.rules.has(message.ruleId)))
  )
}
