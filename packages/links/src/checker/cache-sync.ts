import type { CacheEntry, LinkCache } from '../cache/cache.js'
import { findFragment } from '../request/fragments.js'
import type { Page } from './page.js'

/**
 * Teach the cache what this run's requests found: good results (ok,
 * redirected) with the fragments seen on the page; a page that now fails is
 * forgotten, so it is checked again next run.
 */
export function updateCache<Place>(
  cache: LinkCache,
  pages: Iterable<Page<Place>>,
  cacheKey: (page: Page<Place>) => string
): void {
  for (const page of pages) {
    const result = page.result
    if (!page.fresh || !result || result.outcome === 'unchecked') continue
    const key = cacheKey(page)
    if (result.outcome !== 'ok' && result.outcome !== 'redirected') {
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
      outcome: result.outcome,
      reasonCode:
        result.reasonCode === 'moved-permanently' || result.reasonCode === 'accepted' ? result.reasonCode : 'ok',
      reason: result.reason,
      status: result.status ?? 200,
      redirects: result.redirects,
      checkedAt: Date.now()
    }
    if (result.movedTo !== undefined) entry.finalUrl = result.movedTo
    if (found.size > 0) entry.fragments = [...found].sort()
    cache.set(key, entry)
  }
}
