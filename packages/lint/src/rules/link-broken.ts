import type { LinkVerdict } from '@roadmap/links'
import { defineLinkRule } from '../rule/define-rule.js'
import { failingSince, whereToLook } from '../rule/link-hints.js'
import { lintRuleIds } from '../rule-ids.js'

/**
 * A link that leads nowhere fails its readers: an error, once confirmed (the
 * checker calls a first failure `unverifiable`, `unconfirmed`, unless a change
 * adds the link). The message says since when it fails and where to look.
 */
export const linkBroken = defineLinkRule(
  {
    id: lintRuleIds.linkBroken,
    description: 'External links must lead to a page: no 404, 410, unknown host, refused connection or redirect loop',
    defaultSeverity: 'error'
  },
  ({ verdict, report }) => {
    if (verdict.verdict === 'broken') report(brokenMessage(verdict))
  }
)

function brokenMessage(verdict: LinkVerdict<unknown>): string {
  const url = verdict.url
  const last = verdict.redirects.at(-1)
  const since = failingSince(verdict)
  const where = whereToLook(verdict)
  switch (verdict.reasonCode) {
    case 'status': {
      const via = last ? ` (redirected to \`${last.to}\`)` : ''
      return `Unexpected status ${verdict.status ?? 'error'} for \`${url}\`${via}${since}; fix or remove the link${where}`
    }
    case 'invalid-url':
      return `Cannot parse \`${url}\` as a URL; fix or remove the link`
    case 'unsupported-scheme': {
      const scheme = /`([^`]*)`/.exec(verdict.reason)?.[1] ?? ''
      return last
        ? `Cannot reach \`${url}\`: ${verdict.reason}; fix or remove the link`
        : `Unexpected scheme \`${scheme}\` in \`${url}\`, expected \`http:\` or \`https:\``
    }
    case 'private-address':
      return `Cannot check \`${url}\`: ${verdict.reason}; link to a public address`
    default:
      return `Cannot reach \`${url}\`: ${verdict.reason}${since}; fix or remove the link${where}`
  }
}
