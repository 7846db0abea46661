import { createDiagnostic, type Diagnostic, type Fix } from '../diagnostic.js'
import type { Place, RuleBase } from './define-rule.js'

/**
 * A problem a rule found in the file at `path`: with the rule's id, docs URL,
 * default severity (the configuration changes it later) and source.
 *
 * @example
 *   file.messages.push(ruleDiagnostic(rule, file.path, 'Unexpected `*`, expected `-`', node, fix))
 */
export function ruleDiagnostic(rule: RuleBase, path: string, reason: string, place: Place, fix?: Fix): Diagnostic {
  return createDiagnostic(path, reason, {
    ruleId: rule.meta.id,
    url: rule.meta.url,
    place,
    severity: rule.meta.defaultSeverity,
    source: rule.source,
    fix
  })
}
