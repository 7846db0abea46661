import { detach } from '@roadmap/core/pipeline-light'
import type { IndexedFile } from '../rule/content.js'

export interface KeepOptions {
  /** Keep the `http://` links (`url-insecure` reads them); otherwise only relative and `#fragment` links stay. */
  keepInsecureLinks: boolean
}

/**
 * Once a file's own checks have run and extensions have seen it, keep only
 * what the cross-file checks read besides its summary: the anchors, the links
 * that are not `https://` (relative, `#fragment`, and `http://` while
 * `url-insecure` is on), and the hosts of the `https://` links. The link
 * checker keeps its own record of the external links. What stays is copied
 * out of the source text, so the text can go: this is what keeps memory flat
 * on a large library (see bench/README.md).
 */
export function keepForCrossFile(entry: IndexedFile, options: KeepOptions): void {
  const { kept, hosts } = crossFileLinks(
    entry.links.map((link) => link.url),
    options
  )
  entry.links = entry.links.filter((_, index) => kept[index])
  // A file slimmed before (`fromTransfer`) brings the hosts it kept.
  for (const host of entry.secureHosts) hosts.add(host)
  entry.secureHosts = hosts
  for (const link of entry.links) link.url = detach(link.url)
  entry.anchors = new Set([...entry.anchors].map(detach))
}

/** Which of a file's link URLs `keepForCrossFile` keeps, and the hosts of the `https://` ones. */
export function crossFileLinks(
  urls: ReadonlyArray<string>,
  options: KeepOptions
): { kept: boolean[]; hosts: Set<string> } {
  const hosts = new Set<string>()
  const kept = urls.map((url) => {
    const match = /^https:\/\/([^/?#:@]+)(?:[/?#:]|$)/i.exec(url)
    if (match) {
      hosts.add(intern((match[1] ?? '').toLowerCase()))
      return false
    }
    return options.keepInsecureLinks || !/^http:/i.test(url)
  })
  return { kept, hosts }
}

const interned = new Map<string, string>()

/** One string per host name, however many files link it. */
function intern(host: string): string {
  let value = interned.get(host)
  if (value === undefined) {
    value = detach(host)
    interned.set(value, value)
  }
  return value
}
