import { defineContentRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import type { FileSummary, LinkSummary } from '@roadmap/core/pipeline-light'
import { destinationText } from '../rule/destination-text.js'

/**
 * `http://` exposes readers to tampering. Where the content already links the
 * same host over https, the https URL is known to work and `--fix` uses it.
 */
export const urlInsecure = defineContentRule(
  {
    id: lintRuleIds.urlInsecure,
    description: 'Links use `https://`, at least where the host serves https',
    defaultSeverity: 'warning',
    fixable: true
  },
  ({ files, report }) => {
    // One pass: the https hosts and the http links; then report each http link.
    const secureHosts = new Set<string>()
    const insecure: Array<{ entry: FileSummary; link: LinkSummary & { host: string } }> = []
    for (const entry of files) {
      for (const link of entry.links) {
        if (link.host === undefined) continue
        if (link.protocol === 'https:') secureHosts.add(link.host)
        else insecure.push({ entry, link: link as LinkSummary & { host: string } })
      }
    }

    for (const { entry, link } of insecure) {
      const secure = secureVersion(link.url)
      if (secure !== undefined && secureHosts.has(link.host)) {
        report(
          entry,
          `Unexpected \`http://\` in \`${link.url}\`, expected \`${secure}\`: this host is linked over https elsewhere in the content`,
          link.position,
          link.destination && { range: [link.destination.start, link.destination.end], text: destinationText(secure) }
        )
      } else {
        report(
          entry,
          `Unexpected \`http://\` in \`${link.url}\`, expected \`https://\`; use https if the site serves it`,
          link.position
        )
      }
    }
  }
)

/**
 * The same URL with `https://`, or `undefined` when it names a port: the
 * https site does not listen on `:8080`, nor on `:80`.
 */
function secureVersion(raw: string): string | undefined {
  if (!/^http:\/\//i.test(raw)) return undefined
  const rest = raw.slice('http://'.length)
  const authority = rest.split(/[/?#]/, 1)[0] ?? ''
  if (/:\d*$/.test(authority)) return undefined
  return `https://${rest}`
}
