import { defineLinkRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'

/**
 * A link the run's deadline left unchecked is said, so that a run cut short
 * does not pass for a clean one. Links excluded on purpose, or skipped
 * because the network is down (said once for the run), are not.
 */
export const linkUnchecked = defineLinkRule(
  {
    id: lintRuleIds.linkUnchecked,
    description: 'External links the run could not check before its deadline',
    defaultSeverity: 'warning'
  },
  ({ verdict, report }) => {
    if (verdict.verdict === 'skipped' && verdict.reasonCode === 'deadline')
      report(`Unchecked link \`${verdict.url}\`: ${verdict.reason}; raise the deadline or split the run with --shard`)
  }
)
