import { header, type ResponseHeaders } from './response-headers.js'

/**
 * Signs that a response is bot protection answering in the page's place (a
 * challenge, a CAPTCHA, a "you have been blocked" page), not the page: what
 * says nothing about whether the link works. Written by hand: no maintained
 * library recognises these pages, and each vendor documents (or shows) only
 * its own marks.
 *
 * A false sign would hide a dead link (a `404` taken for a challenge), so
 * each sign is one only a challenge carries:
 * - `challenge`: a header the vendor sets on its challenges only, whatever the status;
 * - `front`: a header or `Server` the vendor sets on everything it serves:
 *   it names the vendor of a `403` only (a refusal, unverifiable anyway);
 * - `page`: marks of the vendor's challenge or block page, on an error status.
 *   Not the scripts some vendors put in every page (Cloudflare's
 *   `/cdn-cgi/challenge-platform/`), which a real `404` page carries too.
 */
interface Vendor {
  name: string
  challenge?: ReadonlyArray<[name: string, value: RegExp]>
  front?: ReadonlyArray<[name: string, value: RegExp]>
  page?: RegExp
}

const vendors: ReadonlyArray<Vendor> = [
  {
    name: 'Cloudflare',
    challenge: [['cf-mitigated', /^challenge$/i]],
    front: [['server', /^cloudflare/i]],
    page: /<title>\s*(?:just a moment\.\.\.|attention required! \| cloudflare)|_cf_chl_opt|cf-browser-verification|used Cloudflare to restrict access/i
  },
  // `x-amzn-waf-action: challenge` comes with `202`, `captcha` with `405` (AWS WAF developer guide).
  { name: 'AWS WAF', challenge: [['x-amzn-waf-action', /^(?:challenge|captcha)$/i]] },
  { name: 'Vercel', challenge: [['x-vercel-mitigated', /^(?:challenge|deny)$/i]] },
  {
    name: 'Akamai',
    front: [['server', /^akamaighost/i]],
    page: /<title>\s*Access Denied\s*<\/title>[\s\S]*errors\.edgesuite\.net/i
  },
  { name: 'DataDome', front: [['x-datadome', /./]], page: /captcha-delivery\.com/i },
  { name: 'PerimeterX', page: /id=["']px-captcha["']|_pxCaptcha/i },
  { name: 'Imperva', front: [['x-iinfo', /./]], page: /Incapsula incident ID/i },
  { name: 'Sucuri', front: [['server', /^sucuri/i]], page: /Sucuri WebSite Firewall/i },
  { name: 'DDoS-Guard', front: [['server', /^ddos-guard/i]] }
]

/** A challenge page of no named vendor: its title asks the visitor to prove they are human. */
const anyChallenge =
  /<title>[^<]{0,80}(?:captcha|are you a robot|verify(?:ing)? you are (?:a )?human|bot (?:check|detection|protection))[^<]{0,80}<\/title>/i

/**
 * The vendor of the bot protection that answered instead of the page
 * (`Cloudflare`; `''` for a challenge of no known vendor), or `undefined`
 * when nothing says so.
 *
 * @example
 *   botProtection(403, {}, Buffer.from('<title>Just a moment...</title>')) // 'Cloudflare'
 *   botProtection(404, { server: 'cloudflare' }, Buffer.from('<title>Not found</title>')) // undefined
 */
export function botProtection(status: number, headers: ResponseHeaders, body: Buffer | undefined): string | undefined {
  const has = (signs: Vendor['challenge']) =>
    signs?.some(([name, value]) => value.test(header(headers, name)?.trim() ?? '')) === true
  for (const vendor of vendors) if (has(vendor.challenge)) return vendor.name
  if (status < 400) return undefined
  const text = body?.toString('latin1')
  for (const vendor of vendors) {
    if (text !== undefined && vendor.page?.test(text)) return vendor.name
    if (status === 403 && has(vendor.front)) return vendor.name
  }
  if (text !== undefined && anyChallenge.test(text)) return ''
  return undefined
}
