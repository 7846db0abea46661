import { isNetworkLevel } from '../schedule/network-monitor.js'
import type { LinkReasonCode, LinkVerdict, LinkVerdictKind } from '../types.js'
import { fragmentResult, type Link, type PageOutcome, type PageResult } from './page.js'

const verdictOfOutcome: Record<PageOutcome, LinkVerdictKind> = {
  ok: 'ok',
  broken: 'broken',
  unverifiable: 'unverifiable',
  redirected: 'redirected',
  unchecked: 'skipped'
}

/** A verdict known without any request: excluded, not a URL, not HTTP. */
export function settledVerdict<Place>(
  link: Link<Place>,
  verdict: LinkVerdictKind,
  reasonCode: LinkReasonCode,
  reason: string
): LinkVerdict<Place> {
  return { url: link.url, verdict, reasonCode, reason, redirects: [], places: link.places, cached: false, attempts: 0 }
}

/**
 * The verdict on a link from its page's result. `unreachable`: the network
 * was found down, so a network-level failure says nothing about the link.
 */
export function verdictOf<Place>(link: Link<Place>, unreachable: boolean, deadline: PageResult): LinkVerdict<Place> {
  const page = link.page
  let pageResult = page?.result ?? deadline
  const offline =
    page?.state === 'parked' || (unreachable && pageResult.outcome !== 'ok' && isNetworkLevel(pageResult.errorCode))
  if (offline) {
    pageResult = {
      outcome: 'unchecked',
      reasonCode: 'network-unreachable',
      reason: 'network unreachable',
      redirects: [],
      transient: false
    }
  }
  const verdict: LinkVerdict<Place> = {
    url: link.url,
    verdict: verdictOfOutcome[pageResult.outcome],
    reasonCode: pageResult.reasonCode,
    reason: pageResult.reason,
    redirects: pageResult.redirects,
    places: link.places,
    cached: page?.source === 'cache',
    attempts: page?.attempts ?? 0
  }
  if (pageResult.status !== undefined) verdict.status = pageResult.status
  if (pageResult.quiet !== undefined) verdict.quietFailure = pageResult.quiet
  if (pageResult.movedTo !== undefined && pageResult.outcome === 'redirected') {
    // A redirect without a fragment keeps the link's (RFC 9110, 10.2.2).
    const final = new URL(pageResult.movedTo)
    if (!final.hash) final.hash = new URL(link.url).hash
    verdict.finalUrl = final.href
  }
  if (link.fragment !== undefined && page && (pageResult.outcome === 'ok' || pageResult.outcome === 'redirected')) {
    verdict.fragment = fragmentResult(link.fragment, page)
  }
  return verdict
}

/**
 * Whether a link's verdict can be given now, before the run ends: its page
 * is done (no retry left) with a result that the network's state
 * (network-level failures) cannot change.
 */
export function isFinal<Place>(link: Link<Place>): boolean {
  if (link.settled) return true
  const page = link.page
  const result = page?.result
  if (!page || !result || page.state !== 'done') return false
  return !isNetworkLevel(result.errorCode) && result.outcome !== 'unchecked'
}
