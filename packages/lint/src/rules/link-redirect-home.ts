import { defineLinkRule } from '../rule/define-rule.js'
import { quietFailureOf } from '../rule/link-hints.js'
import { lintRuleIds } from '../rule-ids.js'

/**
 * A link to a page deep in a site that lands on its home page lost the page it meant, often
 * on a site that reorganised and sent every old address home.
 * The checker calls the page `ok` (or `redirected`) and says why in `quietFailure`.
 */
export const linkRedirectHome = defineLinkRule(
  {
    id: lintRuleIds.linkRedirectHome,
    description: "External links to a page must not redirect to the site's home page",
    defaultSeverity: 'warning'
  },
  ({ verdict, report }) => {
    const quiet = quietFailureOf(verdict, 'redirect-home')
    if (quiet === undefined) return
    report(`Cannot find the page at \`${verdict.url}\`: it ${quiet.reason}; fix or remove the link`)
  }
)
