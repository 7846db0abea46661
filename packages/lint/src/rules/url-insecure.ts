import { defineContentRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import type { IndexedFile, LinkReference } from '../rule/content.js'
import { parseUrl } from '../util/resources.js'
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
  ({ index, report }) => {
    // One pass: the https hosts (also those a file kept only as hosts) and the
    // http links; then report each http link.
    const secureHosts = new Set<string>()
    const insecure: Array<{ entry: IndexedFile; link: LinkReference; url: Readonly<URL> }> = []
    for (const entry of index.files) {
      for (const host of entry.secureHosts) secureHosts.add(host)
      for (const link of entry.links) {
        const url = parseUrl(link.url)
        if (url?.protocol === 'https:') secureHosts.add(url.hostname)
        else if (url?.protocol === 'http:') insecure.push({ entry, link, url })
      }
    }

    for (const { entry, link, url } of insecure) {
      const secure = secureVersion(link.url, url)
      if (secure !== undefined && secureHosts.has(url.hostname)) {
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
function secureVersion(raw: string, url: Readonly<URL>): string | undefined {
  if (url.port !== '' || !/^http:\/\//i.test(raw)) return undefined
  const rest = raw.slice('http://'.length)
  const authority = rest.split(/[/?#]/, 1)[0] ?? ''
  if (/:\d*$/.test(authority)) return undefined
  return `https://${rest}`
}
