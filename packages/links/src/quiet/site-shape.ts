// What a URL says about the page it leads to, without asking for it: a
// site's home page, a login page, a domain marketplace. Lists written from
// the sites themselves; none is a library's.
import type { QuietFailure } from '../types.js'

/** A home page: the site's root, an index file at the root, or a locale's root (`/en/`, `/de-DE`). */
export function isHomePage(url: URL): boolean {
  const path = url.pathname.replace(/\/+$/, '')
  return path === '' || /^\/(?:index\.\w{2,5}|[a-z]{2}(?:[-_][a-z]{2,4})?)$/i.test(path)
}

const loginPath = /(?:^|\/)(?:log-?in|logon|sign-?in|sign_in|sessions?\/new|oauth2?\/authorize|cas\/login)(?:[/.;]|$)/i

/** Hosts that serve nothing but sign-in pages. */
const loginHosts: ReadonlySet<string> = new Set([
  'accounts.google.com',
  'login.microsoftonline.com',
  'login.live.com',
  'signin.aws.amazon.com',
  'id.atlassian.com',
  'login.salesforce.com'
])

/** A login page: a sign-in host, or a path such as `/login`, `/users/sign_in`, `/session/new`. */
export function isLoginPage(url: URL): boolean {
  return loginHosts.has(url.hostname.toLowerCase()) || loginPath.test(url.pathname)
}

/** Domain marketplaces and parking services that expired and parked domains redirect to. */
const parkingHosts = [
  'sedo.com',
  'sedoparking.com',
  'hugedomains.com',
  'dan.com',
  'afternic.com',
  'parkingcrew.net',
  'bodis.com',
  'domainmarket.com',
  'undeveloped.com',
  'buydomains.com'
]

/** A host of a domain marketplace or parking service (or a subdomain of one). */
export function isParkingHost(url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  if (parkingHosts.some((parking) => host === parking || host.endsWith(`.${parking}`))) return true
  return (
    (host === 'godaddy.com' || host === 'www.godaddy.com') && /^\/(?:forsale|domain-auctions)\b/i.test(url.pathname)
  )
}

/**
 * The quiet failure a redirect chain shows on its face: a link that was
 * not to a home page (or a login page) lands on one, or on a domain
 * marketplace.
 *
 * @example
 *   redirectQuietFailure(new URL('https://example.com/docs/setup'), new URL('https://example.com/'))
 *   // { kind: 'redirect-home', reason: 'redirects to `https://example.com/`, a home page' }
 */
export function redirectQuietFailure(start: URL, final: URL): QuietFailure | undefined {
  if (final.href === start.href) return undefined
  if (isParkingHost(final) && !isParkingHost(start)) {
    return { kind: 'parked-domain', reason: `redirects to \`${final.href}\`, a domain marketplace` }
  }
  if (isLoginPage(final) && !isLoginPage(start)) {
    return { kind: 'redirect-login', reason: `redirects to \`${final.href}\`, a login page` }
  }
  if (isHomePage(final) && !isHomePage(start)) {
    return { kind: 'redirect-home', reason: `redirects to \`${final.href}\`, a home page` }
  }
  return undefined
}
