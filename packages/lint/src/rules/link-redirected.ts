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
    // A redirect to a home or login page is its own rule's warning (`link-redirect-home`, `-login`), never fixed.
    if (verdict.verdict !== 'redirected' || verdict.finalUrl === undefined || verdict.quietFailure) return
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
 * The URL `--fix` may write for a redirected link: the checker's one
 * `certain` suggestion, the target of a permanent redirect this run itself
 * followed (never from the cache, never to a home or login page).
 */
export function fixTarget(verdict: LinkVerdict<unknown>): string | undefined {
  // A verdict the run did not ask for itself (from the cache) is never written, whatever it carries.
  if (verdict.cached || verdict.attempts === 0) return undefined
  return verdict.suggestions?.find((suggestion) => suggestion.certainty === 'certain')?.url
}
