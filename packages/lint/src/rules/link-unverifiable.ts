import { defineLinkRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'

/** A site that would not say whether the page exists leaves the check to a person. */
export const linkUnverifiable = defineLinkRule(
  {
    id: lintRuleIds.linkUnverifiable,
    description:
      'External links the site would not confirm (401, 403, 429, bot challenge, timeout, 5xx) need a check by hand',
    defaultSeverity: 'warning'
  },
  ({ verdict, report }) => {
    if (verdict.verdict === 'unverifiable')
      report(`Cannot verify \`${verdict.url}\`: ${verdict.reason}; check it by hand`)
  }
)
