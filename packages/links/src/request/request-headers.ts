import type { HostSettings } from '../options/hosts.js'
import { credentialHeaders } from '../options/hosts.js'

/** What one hop of a request chain is sent with, besides its host's settings. */
export interface HopHeaders {
  userAgent: string
  /** The hop is on the link's own origin (scheme, host and port): only then do credentials go. */
  sameOrigin: boolean
  /** Cookies this host set earlier in the chain. */
  chainCookies?: string | undefined
}

/**
 * The headers of one request: the host's configured headers; those whose
 * value came from the environment (`${NAME}`, a token) over `https:` only;
 * `Authorization`, `Cookie` and `Proxy-Authorization` only on the link's own
 * origin; and the cookies the chain's own responses set on this host.
 *
 * @example
 *   requestHeaders(settings, new URL('http://api.example/'), { userAgent: 'x', sameOrigin: true })
 *   // settings.headers, without settings.envHeaders: plain http
 */
export function requestHeaders(settings: HostSettings, url: URL, hop: HopHeaders): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': hop.userAgent,
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    ...settings.headers,
    // Values from the environment (tokens) never travel in clear text.
    ...(url.protocol === 'https:' ? settings.envHeaders : {})
  }
  if (!hop.sameOrigin) for (const name of credentialHeaders) delete headers[name]
  // Cookies the chain set go back to the host that set them only (and are never stored or reported).
  const cookies = hop.chainCookies
  if (cookies !== undefined) headers.cookie = headers.cookie ? `${headers.cookie}; ${cookies}` : cookies
  return headers
}
