import { defineLinkRule } from '../rule/define-rule.js'
import { quietFailureOf } from '../rule/link-hints.js'
import { lintRuleIds } from '../rule-ids.js'

/**
 * A learner without an account cannot read a page behind a login.
 * The checker calls the page `ok` (or `redirected`) and says why in `quietFailure`.
 */
export const linkRedirectLogin = defineLinkRule(
  {
    id: lintRuleIds.linkRedirectLogin,
    description: 'External links must not redirect to a login page',
    defaultSeverity: 'warning'
  },
  ({ verdict, report }) => {
    const quiet = quietFailureOf(verdict, 'redirect-login')
    if (quiet === undefined) return
    report(
      `Cannot read \`${verdict.url}\` without signing in: it ${quiet.reason}; link to a public page or remove the link`
    )
  }
)
