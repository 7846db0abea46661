import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { parseUrl } from '../util/resources.js'

/** Shorteners hide where a link goes and break when the service does. */
const shorteners = new Set([
  'bit.ly',
  'buff.ly',
  'cutt.ly',
  'goo.gl',
  'is.gd',
  'ow.ly',
  'rb.gy',
  'rebrand.ly',
  's.id',
  'shorturl.at',
  't.co',
  't.ly',
  'tiny.cc',
  'tinyurl.com',
  'v.gd',
  'lnkd.in',
  'amzn.to'
])

export const urlShortener = defineFileRule(
  {
    id: lintRuleIds.urlShortener,
    description: 'Links point at the page itself, not at a URL shortener',
    defaultSeverity: 'error'
  },
  ({ links, report }) => {
    for (const link of links) {
      const host = parseUrl(link.url)?.hostname.replace(/^www\./, '')
      if (host && shorteners.has(host)) {
        report(
          `Unexpected URL shortener \`${host}\` in \`${link.url}\`, expected the full address of the page; open the link and use the URL it leads to`,
          link.position
        )
      }
    }
  }
)
