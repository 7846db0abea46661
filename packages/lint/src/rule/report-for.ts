import { ruleDiagnostic, type Fix, type Place } from '@roadmap/core/pipeline-light'
import type { VFile } from 'vfile'
import type { Rule } from './define-rule.js'

/** Report for a rule on a file, with the fix on the message. */
export function reportFor(rule: Rule, file: VFile, reason: string, place: Place, fix?: Fix): void {
  file.messages.push(ruleDiagnostic(rule, file.path, reason, place, fix))
}
