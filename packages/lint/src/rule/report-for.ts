import type { Diagnostic } from '@roadmap/core/pipeline'
import { report as reportOn } from '@roadmap/core/pipeline-light'
import type { VFile } from 'vfile'
import type { Place, TextEdit } from './content.js'
import type { Rule } from './define-rule.js'

/** Report for a rule on a file; fixes are kept beside the message for `--fix`. */
export function reportFor(
  rule: Rule,
  file: VFile,
  fixes: Map<Diagnostic, ReadonlyArray<TextEdit>>,
  reason: string,
  place: Place,
  fix?: ReadonlyArray<TextEdit>
): void {
  const message = reportOn(file, reason, {
    ruleId: rule.meta.id,
    place,
    severity: rule.meta.defaultSeverity,
    source: 'roadmap-lint'
  })
  if (fix && fix.length > 0) fixes.set(message, fix)
}
