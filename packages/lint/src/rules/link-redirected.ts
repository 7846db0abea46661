import type { LinkVerdict } from '@roadmap/links'
import { defineLinkRule } from '../rule/define-rule.js'
import { destinationText } from '../rule/destination-text.js'
import { lintRuleIds } from '../rule-ids.js'

/** A permanent redirect says where the page is now: link there. */
export const linkRedirected = defineLinkRule(
  {
    id: lintRuleIds.linkRedirected,
    description: 'External links should not go through a permanent redirect (301, 308); use the final URL',
    defaultSeverity: 'warning',
    fixable: true
  },
  ({ link, verdict, report }) => {
    if (verdict.verdict !== 'redirected' || verdict.finalUrl === undefined) return
    const message = `Moved permanently: \`${verdict.url}\` redirects to \`${verdict.finalUrl}\`; use the final URL`
    const target = fixTarget(verdict)
    if (target === undefined || link.destination === undefined) report(message)
    else
      report(`${message} (fixable with --fix)`, {
        range: [link.destination.start, link.destination.end],
        text: destinationText(target)
      })
  }
)

/**
 * The URL `--fix` may write for a redirected link: only one this run was
 * itself sent as a permanent redirect (not a cached verdict), the target of
 * the last `301` or `308` of the chain it followed.
 */
export function fixTarget(verdict: LinkVerdict<unknown>): string | undefined {
  const finalUrl = verdict.finalUrl
  if (finalUrl === undefined || verdict.cached || verdict.attempts === 0) return undefined
  const permanent = verdict.redirects.findLast((hop) => hop.status === 301 || hop.status === 308)
  return permanent !== undefined && finalUrl.replace(/#.*$/s, '') === permanent.to ? finalUrl : undefined
}
