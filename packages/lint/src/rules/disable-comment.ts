import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds, unsuppressibleRuleIds } from '../rule-ids.js'

/**
 * A disable comment that names a rule of the content format silences
 * nothing (`applySettings` never drops those): say so where it is written,
 * so that nobody believes the problem is handled.
 */
export const disableComment = defineFileRule(
  {
    id: lintRuleIds.disableComment,
    description: 'Disable comments name only rules that can be silenced, not the content format’s',
    defaultSeverity: 'error'
  },
  ({ disableComments, report }) => {
    for (const comment of disableComments) {
      for (const id of comment.rules) {
        if (!unsuppressibleRuleIds.has(id)) continue
        const why =
          id === lintRuleIds.internalError
            ? 'a check that failed did not check the file'
            : 'the rules of the content format (`@roadmap/core`) always apply'
        report(
          `Unexpected rule \`${id}\` in a disable comment, expected only rules that can be silenced: ${why}, so the comment silences nothing; fix the problem instead`,
          comment.position
        )
      }
    }
  }
)
