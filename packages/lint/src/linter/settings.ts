import type { ContentLimits, Diagnostic } from '@roadmap/core/pipeline-light'
import type { SeveritySetting } from '../config/schema.js'
import { unsuppressibleRuleIds } from '../rule-ids.js'
import type { Suppression } from './checked-file.js'

/** What the configuration decides for a run: a resolved configuration (`loadConfig`) has it all. */
export interface LintSettings {
  /** Severities the configuration sets; a rule not listed keeps its own. `off` runs no such rule. */
  severities: ReadonlyMap<string, SeveritySetting>
  /** Each rule's options, defaults filled in. */
  ruleOptions: ReadonlyMap<string, unknown>
  /** Whether the linter's rules skip a content file (absolute path): `ignore`. */
  isIgnored: (path: string) => boolean
  /** What a content file may hold before it is parsed (default: the core's `defaultLimits`). */
  limits?: ContentLimits | undefined
}

/**
 * A file's messages as the configuration and its disable comments leave
 * them: `off` drops a rule's messages, a severity changes theirs, `ignored`
 * drops every one, and so does a disable comment on its line; sorted by
 * line, column and rule id. None of them touches a rule of
 * `unsuppressibleRuleIds` (the configuration refuses to name one: this holds
 * for a caller that resolved its own too).
 *
 * @example
 *   file.messages = applySettings(file.messages, checked.suppressions, config.severities, config.isIgnored(path))
 */
export function applySettings(
  messages: ReadonlyArray<Diagnostic>,
  suppressions: ReadonlyArray<Suppression>,
  severities: ReadonlyMap<string, SeveritySetting>,
  ignored = false
): Diagnostic[] {
  const kept = messages.filter((message) => {
    if (message.ruleId && unsuppressibleRuleIds.has(message.ruleId)) return true
    const setting = message.ruleId ? severities.get(message.ruleId) : undefined
    if (ignored || setting === 'off' || isSuppressed(message, suppressions)) return false
    if (setting) message.fatal = setting === 'error'
    return true
  })
  return kept.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compare(a.ruleId, b.ruleId)
  )
}

/** Whether a disable comment silences `message`: one on its line that names its rule, or none. */
function isSuppressed(message: Diagnostic, suppressions: ReadonlyArray<Suppression>): boolean {
  return suppressions.some(
    (suppression) =>
      suppression.line === message.line &&
      (suppression.rules.size === 0 || (message.ruleId !== undefined && suppression.rules.has(message.ruleId)))
  )
}

function compare(a: string | undefined | null, b: string | undefined | null): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0
}
