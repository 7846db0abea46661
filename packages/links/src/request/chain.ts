import type { Dispatcher } from 'undici'
import type { Failure } from './classify.js'
import { classifyError, classifyStatus, describeStatus, errorCode } from './classify.js'
import { header, type ResponseHeaders } from './response-headers.js'
import { PrivateAddressError } from '../errors.js'
import type { PageAnchors } from './fragments.js'
import { pageAnchors } from './fragments.js'
import type { HostTable } from '../options/hosts.js'
import type { HttpResponse } from './http.js'
import { requestHeaders } from './request-headers.js'
import { sendRequest } from './http.js'
import type { PrivateHostPolicy } from './lookup.js'
import { refusedLiteral } from './lookup.js'
import type { NetworkMonitor } from '../schedule/network-monitor.js'
import type { ResolvedLinkOptions } from '../options/options.js'
import type { Scheduler, Slot } from '../schedule/scheduler.js'
import { parseRetryAfter } from '../util/timing.js'
import type { LinkReasonCode, LinkRedirect } from '../types.js'

/** What one run of a request chain needs; shared by every page of a checker. */
export interface ChainContext {
  dispatcher: Dispatcher
  hosts: HostTable
  privateHosts: PrivateHostPolicy
  options: ResolvedLinkOptions
  /** Aborts when the run ends (deadline or caller's signal). */
  run: AbortSignal
  scheduler: Scheduler
  monitor: NetworkMonitor
  /** Hosts that refused HEAD: they get GET from then on. */
  getOnlyHosts: Set<string>
  /** Hosts whose HEAD 404 or 410 a GET confirmed: their HEAD is trusted for those. */
  headTrustedHosts: Set<string>
  /** Hosts that sent a body after a HEAD: their HEAD connections are closed from then on. */
  headClosesHosts: Set<string>
  countRequest: () => void
}

/**
 * What a chain reads of the final page: nothing when it can help it
 * (`HEAD`), its anchors (`checkFragments`), or its first `pageTextBytes`
 * (the quiet-failure checks compare pages).
 */
export type ChainRead = 'status' | 'anchors' | 'page'

/** Bytes of a page read to compare it with another (`ChainRead` `page`). */
export const pageTextBytes = 64 * 1024

export interface ChainSuccess {
  kind: 'success'
  outcome: 'ok' | 'redirected'
  reasonCode: LinkReasonCode
  reason: string
  status: number
  redirects: LinkRedirect[]
  /** Target of the last permanent redirect (with the fragment of its `Location`, if any). */
  movedTo?: string
  /** Anchors of the final page, when its body was read for them. */
  anchors?: PageAnchors
  /** The final page's first bytes and headers (`ChainRead` `page`). */
  page?: { body: Buffer; headers: ResponseHeaders }
  /** GitHub's API answered for the page (`github.ts`), not the page itself. */
  viaApi?: boolean
}

export type ChainFailure = Failure & { redirects: LinkRedirect[] }
export type ChainResult = ChainSuccess | ChainFailure

/** The key for per-host limits and memories: the host name, without port. */
export function hostKey(url: URL): string {
  return url.hostname.toLowerCase()
}

/**
 * Request `start` and follow its redirects by hand, in the caller's slot (a
 * redirect to another host moves the slot there). HEAD first; GET when the
 * body is wanted, when the host refused HEAD before, or when HEAD got an
 * error status that servers give HEAD wrongly (`trustHead`). Credentials are
 * only ever sent to the link's own origin. Throws only when the run ends.
 */
export async function runChain(
  context: ChainContext,
  start: URL,
  slot: Slot,
  read: ChainRead = 'status'
): Promise<ChainResult> {
  const redirects: LinkRedirect[] = []
  const origin = start.origin
  let url = withoutFragment(start)
  // Cookies the chain's own responses set, per host: some sites redirect to
  // the same URL once a cookie is set, which is not a loop.
  const jar = new Map<string, Map<string, string>>()
  const visit = (target: URL) => `${target.href} ${cookieHeader(jar, target.hostname) ?? ''}`
  const seen = new Set([visit(url)])
  let movedTo: string | undefined
  for (;;) {
    const refusal = refuseBeforeSending(url, context.privateHosts, redirects.length > 0)
    if (refusal) return { ...refusal, redirects }
    await slot.moveTo(hostKey(url))
    const response = await fetchHop(context, url, url.origin === origin, read, cookieHeader(jar, url.hostname))
    if (response.kind === 'failure') return { ...response, redirects }
    keepCookies(jar, url.hostname, response.headers['set-cookie'])
    const accept = context.hosts.get(url.hostname).accept
    const verdict = classifyStatus(
      response.status,
      response.headers,
      accept,
      context.options.retryAfterMax,
      response.body
    )
    if (verdict.kind === 'failure') return { ...verdict, redirects }
    if (verdict.kind === 'ok') {
      const success: ChainSuccess = {
        kind: 'success',
        outcome: movedTo === undefined ? 'ok' : 'redirected',
        reasonCode: movedTo === undefined ? verdict.reasonCode : 'moved-permanently',
        reason: movedTo === undefined ? verdict.reason : describeStatus(permanentStatus(redirects)),
        status: verdict.status,
        redirects
      }
      if (movedTo !== undefined) success.movedTo = movedTo
      if (read === 'page') success.page = { body: response.body ?? Buffer.alloc(0), headers: response.headers }
      if (read === 'anchors') {
        success.anchors = await pageAnchors(
          response.headers,
          response.body,
          response.truncated,
          context.options.maxFragmentBytes
        )
      }
      return success
    }
    if (verdict.location === undefined) {
      return broken(
        'protocol',
        `${describeStatus(verdict.status)} without a Location header`,
        redirects,
        'unverifiable'
      )
    }
    let target: URL
    try {
      target = new URL(verdict.location, url)
    } catch {
      return broken('invalid-redirect', 'redirect to an invalid URL', redirects)
    }
    const next = withoutFragment(target)
    redirects.push({ url: url.href, status: verdict.status, to: next.href })
    if (seen.has(visit(next))) {
      const loop = [...redirects.map((hop) => hop.url), next.href].map((hop) => `\`${hop}\``).join(' → ')
      return broken('redirect-loop', `redirect loop (${loop})`, redirects)
    }
    if (redirects.length > context.options.maxRedirects) {
      return broken('too-many-redirects', `too many redirects (more than ${context.options.maxRedirects})`, redirects)
    }
    seen.add(visit(next))
    if (verdict.permanent) movedTo = target.href
    url = next
  }
}

function permanentStatus(redirects: ReadonlyArray<LinkRedirect>): number {
  return [...redirects].reverse().find((hop) => hop.status === 301 || hop.status === 308)?.status ?? 301
}

function broken(
  reasonCode: LinkReasonCode,
  reason: string,
  redirects: LinkRedirect[],
  outcome: Failure['outcome'] = 'broken'
): ChainFailure {
  return { kind: 'failure', outcome, reasonCode, reason, transient: false, redirects }
}

function withoutFragment(url: URL): URL {
  const copy = new URL(url.href)
  copy.hash = ''
  return copy
}

/** Schemes and literal IPs are judged before sending; host names in the DNS lookup (see `lookup.ts`). */
function refuseBeforeSending(url: URL, policy: PrivateHostPolicy, isRedirect: boolean): Failure | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const reason = `${isRedirect ? 'redirect to ' : ''}unsupported scheme \`${url.protocol}\``
    return { kind: 'failure', outcome: 'broken', reasonCode: 'unsupported-scheme', reason, transient: false }
  }
  const refused = refusedLiteral(url, policy)
  if (refused === undefined) return undefined
  return {
    kind: 'failure',
    outcome: 'broken',
    reasonCode: 'private-address',
    reason: new PrivateAddressError(refused).message,
    transient: false
  }
}

const maxCookies = 20

function keepCookies(
  jar: Map<string, Map<string, string>>,
  hostname: string,
  setCookie: string | string[] | undefined
): void {
  if (setCookie === undefined) return
  const cookies = jar.get(hostname) ?? new Map<string, string>()
  for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
    const pair = /^\s*([^=;\s]+)=([^;]*)/.exec(line)
    if (pair && (cookies.size < maxCookies || cookies.has(pair[1] ?? '')))
      cookies.set(pair[1] ?? '', (pair[2] ?? '').trim())
  }
  jar.set(hostname, cookies)
}

function cookieHeader(jar: Map<string, Map<string, string>>, hostname: string): string | undefined {
  const cookies = jar.get(hostname)
  if (!cookies || cookies.size === 0) return undefined
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
}

async function fetchHop(
  context: ChainContext,
  url: URL,
  sameOrigin: boolean,
  read: ChainRead,
  chainCookies: string | undefined
): Promise<(HttpResponse & { kind: 'response' }) | Failure> {
  const host = hostKey(url)
  const headers = requestHeaders(context.hosts.get(url.hostname), url, {
    userAgent: context.options.userAgent,
    sameOrigin,
    chainCookies
  })
  const send = async (method: 'HEAD' | 'GET') => {
    context.countRequest()
    const sentAt = Date.now()
    const keepBodyBytes = read === 'anchors' ? context.options.maxFragmentBytes : read === 'page' ? pageTextBytes : 0
    const request = () => {
      const reuseAfterHead = !context.headClosesHosts.has(host)
      return sendRequest(
        context.dispatcher,
        { url, method, headers, keepBodyBytes, reuseAfterHead },
        context.options,
        context.run
      )
    }
    const response = await request().catch((error: unknown) => {
      // A body sent after a HEAD garbles the next response on that connection:
      // close HEAD connections to this host from now on and send again.
      if (!isParserError(error) || context.headClosesHosts.has(host) || context.run.aborted) throw error
      context.headClosesHosts.add(host)
      context.countRequest()
      return request()
    })
    context.monitor.recordResponse()
    const retryAfter = parseRetryAfter(header(response.headers, 'retry-after'), context.options.retryAfterMax)
    if (response.status === 429 || (response.status === 503 && retryAfter !== undefined)) {
      context.scheduler.slowDown(host, retryAfter ?? 0, sentAt, response.status === 503)
    } else context.scheduler.answered(host)
    return response
  }
  try {
    if (read !== 'status' || context.getOnlyHosts.has(host)) return { kind: 'response', ...(await send('GET')) }
    const head = await send('HEAD')
    if (trustHead(head.status, context.headTrustedHosts.has(host))) return { kind: 'response', ...head }
    const get = await send('GET')
    // A 4xx (or 501) that GET does not repeat means the server refuses HEAD;
    // a 404 or 410 that GET repeats means its HEAD can be trusted for them.
    if (get.status < 400 && (head.status < 500 || head.status === 501)) context.getOnlyHosts.add(host)
    else if (get.status === head.status && isGone(head.status)) context.headTrustedHosts.add(host)
    return { kind: 'response', ...get }
  } catch (error) {
    if (context.run.aborted) throw context.run.reason
    const failure = classifyError(error, url.hostname, context.options)
    context.monitor.recordFailure(host, failure.errorCode)
    return failure
  }
}

/**
 * Whether a HEAD answer stands without asking again with GET: a success or a
 * redirect; `429`, which a GET would only make worse; and `404` and `410` once
 * a GET has confirmed one on this host. Other errors (`405`, `501`, `400`,
 * `403`, `5xx`, …) are often a server's answer to HEAD alone, so GET decides;
 * so one request per URL, but for the first 404 or 410 of each host.
 */
function trustHead(status: number, hostTrusted: boolean): boolean {
  return status < 400 || status === 429 || (hostTrusted && isGone(status))
}

function isGone(status: number): boolean {
  return status === 404 || status === 410
}

function isParserError(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name
  return name === 'HTTPParserError' || /^HPE_/.test(errorCode(error) ?? '')
}
