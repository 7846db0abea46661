import { defineLinkRule } from '../rule/define-rule.js'
import { quietFailureOf } from '../rule/link-hints.js'
import { lintRuleIds } from '../rule-ids.js'

/**
 * A domain that lapsed shows a parking or "for sale" page for any path: the site is gone.
 * The checker calls the page `ok` (or `redirected`) and says why in `quietFailure`.
 */
export const linkParkedDomain = defineLinkRule(
  {
    id: lintRuleIds.linkParkedDomain,
    description: 'External links must not lead to a parked domain (a parking or "for sale" page)',
    defaultSeverity: 'warning'
  },
  ({ verdict, report }) => {
    const quiet = quietFailureOf(verdict, 'parked-domain')
    if (quiet === undefined) return
    report(
      `Cannot find the site of \`${verdict.url}\`, a parked domain: it ${quiet.reason}; remove or replace the link`
    )
  }
)
