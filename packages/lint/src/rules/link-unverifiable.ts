import { defineLinkRule } from '../rule/define-rule.js'
import { failingSince, whereToLook } from '../rule/link-hints.js'
import { lintRuleIds } from '../rule-ids.js'

/**
 * A site that would not say whether the page exists leaves the check to a
 * person; so does a link that failed for the first time (not confirmed yet).
 */
export const linkUnverifiable = defineLinkRule(
  {
    id: lintRuleIds.linkUnverifiable,
    description:
      'External links the site would not confirm (401, 403, 429, bot challenge, timeout, 5xx) need a check by hand',
    defaultSeverity: 'warning'
  },
  ({ verdict, report }) => {
    if (verdict.verdict !== 'unverifiable') return
    // A first failure is not yet a broken link: a site that is down for a day
    // must not fail the scheduled check (`link-broken` once a later run agrees).
    if (verdict.reasonCode === 'unconfirmed')
      report(
        `Cannot confirm yet that \`${verdict.url}\` is broken (${verdict.reason}); it is an error when a later run finds it broken too${whereToLook(verdict)}`
      )
    else report(`Cannot verify \`${verdict.url}\`: ${verdict.reason}${failingSince(verdict)}; check it by hand`)
  }
)
