// Bot protection is not breakage: challenge pages and LinkedIn's 999 are
// `unverifiable` with the reason, asked once, never `broken`.
import { afterEach, expect, test } from 'vitest'
import { closeAll, startServer } from '@roadmap/test-servers'
import { check, result } from '../__fixtures__/check.js'

afterEach(closeAll)

/** A site behind bot protection on some paths; the rest answers as a site does. */
async function protectedSite() {
  return startServer((request, response) => {
    const send = (status: number, headers: Record<string, string>, body = '') => {
      response.writeHead(status, { 'content-type': 'text/html', ...headers })
      response.end(request.method === 'HEAD' ? undefined : body)
    }
    switch (request.url) {
      case '/cloudflare':
        return send(403, { server: 'cloudflare' }, '<html><head><title>Just a moment...</title></head></html>')
      case '/cloudflare-503':
        return send(503, { server: 'cloudflare' }, '<script>window._cf_chl_opt={cvId:"3"}</script>')
      case '/akamai':
        return send(
          403,
          { server: 'AkamaiGHost' },
          '<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>Reference&#32;&#35;18.2 https&#58;&#47;&#47;errors.edgesuite.net&#47;18.2</BODY></HTML>'
        )
      case '/aws-captcha':
        return send(405, { 'x-amzn-waf-action': 'captcha' }, '<title>Human Verification</title>')
      case '/linkedin':
        return send(999, {}, '')
      case '/gone':
        // A real 404 from a site behind Cloudflare: its pages carry Cloudflare's scripts.
        return send(
          404,
          { server: 'cloudflare' },
          '<title>Not found</title><script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>'
        )
      default:
        return send(200, {}, '<title>Page</title>')
    }
  })
}

test('challenge pages are unverifiable with the vendor named, and are not asked again', async () => {
  const server = await protectedSite()
  const paths = ['/cloudflare', '/cloudflare-503', '/akamai', '/aws-captcha']
  const report = await check(paths.map((path) => `${server.origin}${path}`))
  expect(paths.map((path) => [path, result(report, `${server.origin}${path}`).reason])).toEqual([
    ['/cloudflare', '403 Forbidden (Cloudflare bot challenge)'],
    ['/cloudflare-503', '503 Service Unavailable (Cloudflare bot challenge)'],
    ['/akamai', '403 Forbidden (Akamai bot challenge)'],
    ['/aws-captcha', '405 Method Not Allowed (AWS WAF bot challenge)']
  ])
  expect(
    report.verdicts.every((verdict) => verdict.verdict === 'unverifiable' && verdict.reasonCode === 'challenge')
  ).toBe(true)
  // One attempt each (HEAD, then GET for the page's marks): a challenge does not go away when asked again.
  expect(report.verdicts.map((verdict) => verdict.attempts)).toEqual([1, 1, 1, 1])
  expect(server.count('/cloudflare-503')).toBe(2)
})

test("LinkedIn's 999 is unverifiable, never broken", async () => {
  const server = await protectedSite()
  const report = await check([`${server.origin}/linkedin`])
  expect(report.verdicts[0]).toMatchObject({
    verdict: 'unverifiable',
    reasonCode: 'blocked',
    reason: '999 (non-standard status; the site blocks automated checks)'
  })
})

test('a real 404 from a site behind bot protection stays broken', async () => {
  const server = await protectedSite()
  const report = await check([`${server.origin}/gone`])
  expect(report.verdicts[0]).toMatchObject({ verdict: 'broken', reasonCode: 'status', status: 404 })
})
