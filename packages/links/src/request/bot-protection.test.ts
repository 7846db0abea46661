import { describe, expect, test } from 'vitest'
import { botProtection } from './bot-protection.js'

const page = (html: string) => Buffer.from(html)

describe('bot protection is recognised by what only a challenge carries', () => {
  test.each([
    ['a Cloudflare challenge header, whatever the status', 200, { 'cf-mitigated': 'challenge' }, '', 'Cloudflare'],
    ['a Cloudflare interstitial', 503, { server: 'cloudflare' }, '<title>Just a moment...</title>', 'Cloudflare'],
    ['a Cloudflare block page', 403, {}, '<title>Attention Required! | Cloudflare</title>', 'Cloudflare'],
    ['a Cloudflare challenge script', 429, {}, '<script>window._cf_chl_opt={cvId:"3"}</script>', 'Cloudflare'],
    ['an AWS WAF challenge (202)', 202, { 'x-amzn-waf-action': 'challenge' }, '', 'AWS WAF'],
    ['an AWS WAF CAPTCHA (405)', 405, { 'x-amzn-waf-action': 'captcha' }, '', 'AWS WAF'],
    ['a Vercel challenge', 429, { 'x-vercel-mitigated': 'challenge' }, '', 'Vercel'],
    [
      'an Akamai "Access Denied" page',
      403,
      { server: 'AkamaiGHost' },
      '<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>Reference&#32;&#35;18.1 https&#58;&#47;&#47;errors.edgesuite.net&#47;18</BODY>',
      'Akamai'
    ],
    ['a 403 from an Akamai edge', 403, { server: 'AkamaiGHost' }, 'Forbidden', 'Akamai'],
    ['a DataDome CAPTCHA', 403, {}, '<iframe src="https://geo.captcha-delivery.com/captcha/?x"></iframe>', 'DataDome'],
    ['a PerimeterX CAPTCHA', 403, {}, '<div id="px-captcha"></div>', 'PerimeterX'],
    ['an Imperva block page', 403, {}, '<p>Incapsula incident ID: 123</p>', 'Imperva'],
    ['a Sucuri block page', 403, {}, '<title>Sucuri WebSite Firewall - Access Denied</title>', 'Sucuri'],
    ['a 403 from DDoS-Guard', 403, { server: 'ddos-guard' }, '', 'DDoS-Guard'],
    ['a CAPTCHA of no known vendor', 403, {}, '<title>Please complete the CAPTCHA</title>', '']
  ])('%s', (_, status, headers, body, vendor) => {
    expect(botProtection(status, headers, page(body))).toBe(vendor)
  })
})

describe('a page a vendor only serves is not a challenge: a dead link stays dead', () => {
  test.each([
    [
      'a 404 through Cloudflare, with the scripts it puts in every page',
      404,
      { server: 'cloudflare', 'cf-ray': '8a1' },
      '<title>Not found</title><script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>'
    ],
    ['a 503 through Cloudflare (the origin is down)', 503, { server: 'cloudflare' }, '<title>Down</title>'],
    ['a 404 through Imperva', 404, { 'x-iinfo': '9-1' }, '<title>Not found</title>'],
    ['a 200 through DataDome', 200, { 'x-datadome': 'protected' }, '<title>Home</title>'],
    ['a 410 from an Akamai edge', 410, { server: 'AkamaiGHost' }, 'Gone'],
    ['an error page without a body (HEAD)', 404, {}, undefined]
  ])('%s', (_, status, headers, body) => {
    expect(botProtection(status, headers, body === undefined ? undefined : page(body))).toBeUndefined()
  })
})
