import type { CacheEntry, LinkCache } from '../cache/cache.js'
import type { HostTable } from '../options/hosts.js'
import { describeStatus } from '../request/classify.js'
import { findFragment } from '../request/fragments.js'
import { refusedLiteral, type PrivateHostPolicy } from '../request/lookup.js'
import type { Page, PageResult } from './page.js'

/**
 * Teach the cache what this run's requests found: `ok` results with the
 * fragments seen on the page. A page that now fails or redirects
 * permanently is forgotten, so it is asked again next run: a `redirected`
 * result is never stored, so `--fix` only ever writes a target that the run
 * itself was sent.
 */
export function updateCache<Place>(
  cache: LinkCache,
  pages: Iterable<Page<Place>>,
  cacheKey: (page: Page<Place>) => string,
  now: number
): void {
  for (const page of pages) {
    const result = page.result
    if (page.source !== 'request' || !result || result.outcome === 'unchecked') continue
    const key = cacheKey(page)
    // A quiet failure is found by requests: an `ok` that has one is asked again next run.
    if (result.outcome !== 'ok' || result.quiet) {
      cache.delete(key)
      continue
    }
    const found = new Set(page.cachedFragments)
    if (page.anchors) {
      for (const fragment of page.fragments ?? []) {
        if (findFragment(fragment, page.anchors).state === 'found') found.add(fragment)
      }
    }
    const entry: CacheEntry = {
      url: page.key,
      reasonCode: result.reasonCode === 'accepted' ? 'accepted' : 'ok',
      status: result.status ?? 200,
      redirects: result.redirects,
      checkedAt: now
    }
    if (found.size > 0) entry.fragments = [...found].sort()
    cache.set(key, entry)
  }
}

/**
 * The result a fresh cache entry stands for, when this run's settings would
 * give it too: no more redirects than `maxRedirects`, no address this run
 * refuses, and an accepted status still accepted by the host that answered.
 * Otherwise the page is requested.
 * The reason is made from the status, as a request makes it, never read
 * from the file.
 */
export function resultFromCache(
  entry: CacheEntry,
  hosts: HostTable,
  maxRedirects: number,
  privateHosts: PrivateHostPolicy
): PageResult | undefined {
  if (entry.redirects.length > maxRedirects) return undefined
  // A link to a refused address is refused, whatever a file says of it.
  const urls = [entry.url, ...entry.redirects.map((hop) => hop.to)]
  if (urls.some((url) => refusedLiteral(new URL(url), privateHosts) !== undefined)) return undefined
  const described = describeStatus(entry.status)
  if (entry.reasonCode === 'accepted') {
    const answered = new URL(entry.redirects.at(-1)?.to ?? entry.url).hostname
    if (!hosts.get(answered).accept.has(entry.status)) return undefined
  }
  return {
    outcome: 'ok',
    reasonCode: entry.reasonCode,
    reason: entry.reasonCode === 'accepted' ? `${described} (accepted by config)` : described,
    status: entry.status,
    redirects: entry.redirects,
    transient: false
  }
}
