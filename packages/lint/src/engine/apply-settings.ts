import type { SeveritySetting } from '../config/schema.js'
import type { IndexedFile } from '../rule/content.js'
import { unsuppressibleRuleIds } from '../rule-ids.js'
import { isSuppressed } from './suppressions.js'

/**
 * Apply the config's severities (`off` drops the message), its `ignore`
 * (`ignored` drops every message) and the file's suppression comments, then
 * sort messages by line and column. None of them touches a rule of
 * `unsuppressibleRuleIds` (the configuration refuses to name one: this holds
 * for a caller that resolved its own too).
 */
export function applySettings(
  entry: IndexedFile,
  severities: ReadonlyMap<string, SeveritySetting>,
  ignored = false
): void {
  const kept = entry.file.messages.filter((message) => {
    if (message.ruleId && unsuppressibleRuleIds.has(message.ruleId)) return true
    const setting = message.ruleId ? severities.get(message.ruleId) : undefined
    if (ignored || setting === 'off' || isSuppressed(message, entry.suppressions)) return false
    if (setting) message.fatal = setting === 'error'
    return true
  })
  kept.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compare(a.ruleId, b.ruleId))
  entry.file.messages = kept
}

function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0
}
