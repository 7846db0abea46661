import type { HistoryRecord } from '../cache/history.js'
import type { LinkSuggestion, LinkVerdict } from '../types.js'
import { decidedByUrl } from './verdict-history.js'

/**
 * Where to look instead of a link, most certain first (see
 * `LinkSuggestion`): for a `redirected` link, the permanent redirect this
 * run followed, unless it leads to a home or login page; for a broken one
 * (confirmed or not), where it redirected for good in an earlier run, its
 * `https:` form when that answered this run, and its address in the
 * Internet Archive. A suggestion keeps the link's `#fragment` when it has
 * none of its own.
 *
 * @example
 *   suggestionsFor({ verdict: 'broken', url: 'http://example.com/a#b', … }, undefined, undefined)
 *   // [{ url: 'https://web.archive.org/web/http://example.com/a', certainty: 'possible', source: 'archive' }]
 */
export function suggestionsFor(
  verdict: LinkVerdict<unknown>,
  prior: HistoryRecord | undefined,
  httpsAnswers: string | undefined
): LinkSuggestion[] | undefined {
  if (verdict.verdict === 'redirected') {
    const target = followedTarget(verdict)
    return target === undefined ? undefined : [{ url: target, certainty: 'certain', source: 'redirect' }]
  }
  const failed = verdict.verdict === 'broken' || verdict.reasonCode === 'unconfirmed'
  if (!failed || verdict.attempts === 0 || decidedByUrl.has(verdict.reasonCode)) return undefined
  const page = withoutFragment(verdict.url)
  const suggestions: LinkSuggestion[] = []
  if (prior?.movedTo && prior.movedTo.url !== page) {
    suggestions.push({
      url: withFragmentOf(prior.movedTo.url, verdict.url),
      certainty: 'likely',
      source: 'earlier-redirect',
      seenAt: prior.movedTo.at
    })
  }
  if (httpsAnswers !== undefined) {
    suggestions.push({ url: withFragmentOf(httpsAnswers, verdict.url), certainty: 'likely', source: 'https' })
  }
  suggestions.push({ url: `https://web.archive.org/web/${page}`, certainty: 'possible', source: 'archive' })
  return suggestions
}

/**
 * The URL a redirected link may be rewritten to: only one this run was
 * itself sent as a permanent redirect (not a cached verdict), the target of
 * the last `301` or `308` of the chain it followed, and not a quiet failure
 * (a home or login page).
 */
function followedTarget(verdict: LinkVerdict<unknown>): string | undefined {
  const finalUrl = verdict.finalUrl
  if (finalUrl === undefined || verdict.cached || verdict.attempts === 0 || verdict.quietFailure) return undefined
  const permanent = verdict.redirects.findLast((hop) => hop.status === 301 || hop.status === 308)
  return permanent !== undefined && withoutFragment(finalUrl) === permanent.to ? finalUrl : undefined
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#')
  return hash === -1 ? url : url.slice(0, hash)
}

/** `target` with the fragment of `link` when it has none of its own (RFC 9110, 10.2.2). */
function withFragmentOf(target: string, link: string): string {
  const hash = link.indexOf('#')
  return hash === -1 || target.includes('#') ? target : `${target}${link.slice(hash)}`
}
