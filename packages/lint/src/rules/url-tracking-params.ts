import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { parseUrl } from '../util/resources.js'
import { destinationText } from '../rule/destination-text.js'

/** Query parameters that only track the reader; the page is the same without them. */
export const trackingParameter =
  /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|ref_src|si)$/i

export const urlTrackingParams = defineFileRule(
  {
    id: lintRuleIds.urlTrackingParams,
    description: 'URLs carry no tracking parameters (`utm_*`, `fbclid`, …)',
    defaultSeverity: 'warning',
    fixable: true
  },
  ({ links, report }) => {
    for (const link of links) {
      if (!parseUrl(link.url)) continue
      const { clean, removed } = withoutTracking(link.url)
      if (removed.length === 0) continue
      report(
        `Unexpected tracking parameter${removed.length > 1 ? 's' : ''} ${removed.map((key) => `\`${key}\``).join(', ')} in \`${link.url}\`, expected \`${clean}\``,
        link.position,
        link.destination && { range: [link.destination.start, link.destination.end], text: destinationText(clean) }
      )
    }
  }
)

/**
 * `url` without its tracking parameters. The rest is kept as written: going
 * through `URLSearchParams` would re-encode the other parameters (`a%20b`
 * becomes `a+b`, `?flag` becomes `?flag=`), and some servers tell those apart.
 *
 * @example
 *   withoutTracking('https://example.com/?q=a%20b&utm_source=x#top')
 *   // { clean: 'https://example.com/?q=a%20b#top', removed: ['utm_source'] }
 */
export function withoutTracking(url: string): { clean: string; removed: string[] } {
  const hash = url.indexOf('#')
  const beforeHash = hash === -1 ? url : url.slice(0, hash)
  const fragment = hash === -1 ? '' : url.slice(hash)
  const question = beforeHash.indexOf('?')
  if (question === -1) return { clean: url, removed: [] }

  const removed = new Set<string>()
  const kept = beforeHash
    .slice(question + 1)
    .split('&')
    .filter((pair) => {
      const key = decodeKey(pair.split('=', 1)[0] ?? '')
      if (!trackingParameter.test(key)) return true
      removed.add(key)
      return false
    })
  if (removed.size === 0) return { clean: url, removed: [] }
  const query = kept.join('&')
  return {
    clean: `${beforeHash.slice(0, question)}${query === '' ? '' : `?${query}`}${fragment}`,
    removed: [...removed]
  }
}

function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '))
  } catch {
    return key
  }
}
