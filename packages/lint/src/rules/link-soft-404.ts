import { defineLinkRule } from '../rule/define-rule.js'
import { quietFailureOf } from '../rule/link-hints.js'
import { lintRuleIds } from '../rule-ids.js'

/**
 * A page that answers like a made-up path beside it is the site saying "not found" with a `200`.
 * The checker calls the page `ok` (or `redirected`) and says why in `quietFailure`.
 */
export const linkSoft404 = defineLinkRule(
  {
    id: lintRuleIds.linkSoft404,
    description: 'External links must not lead to a "not found" page that answers `200` (a soft 404)',
    defaultSeverity: 'warning'
  },
  ({ verdict, report }) => {
    const quiet = quietFailureOf(verdict, 'soft-404')
    if (quiet === undefined) return
    report(`Cannot find the page at \`${verdict.url}\`: it ${quiet.reason}; fix or remove the link`)
  }
)
