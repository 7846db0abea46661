// Quiet failures: pages that answer, but not with what the link meant. Each
// case is played by a loopback server; request counts say what the checks cost.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { closeAll, startServer, type TestServer } from '@roadmap/test-servers'
import { check as checkOnLoopback, result } from '../__fixtures__/check.js'
import { quiet } from '../__fixtures__/link-options.js'
import type { LinkCheckerOptions } from '../options/options.js'

afterEach(closeAll)

const check = (urls: string[], options: LinkCheckerOptions = {}) => checkOnLoopback(urls, { ...quiet, ...options })

const notFoundPage = (path: string) =>
  `<html><head><title>Oops</title><script>track(${Date.now()})</script></head><body><h1>Page not found</h1><p>We looked everywhere for ${path} but it is not here. Try the search box or go back home.</p></body></html>`

const realPage = (title: string) =>
  `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>${title} explained from the ground up, with examples you can run and a list of further reading at the end.</p></body></html>`

/** A site that answers every path `200`: its real pages have their own text, the rest one "not found" page. */
function softSite(): Promise<TestServer> {
  return startServer((request, response) => {
    const path = request.url ?? '/'
    response.writeHead(200, { 'content-type': 'text/html' })
    if (request.method === 'HEAD') return response.end()
    response.end(path === '/docs/intro' ? realPage('Introduction') : notFoundPage(path))
  })
}

/** A site that answers like most: its pages, and `404` for the rest. */
function honestSite(pages: Record<string, string> = {}): Promise<TestServer> {
  return startServer((request, response) => {
    const path = request.url ?? '/'
    const redirect = pages[path]
    if (redirect?.startsWith('->')) {
      response.writeHead(Number(redirect.slice(2, 5)), { location: redirect.slice(6) })
      return response.end()
    }
    const known = path === '/' || path.startsWith('/docs/') || path.startsWith('/login') || redirect !== undefined
    response.writeHead(known && !path.includes('no-such-page') ? 200 : 404, { 'content-type': 'text/html' })
    response.end(request.method === 'HEAD' ? undefined : realPage(path))
  })
}

describe('soft 404', () => {
  test('a page that answers like a made-up path beside it is a soft 404; a real page of the same site is not', async () => {
    const server = await softSite()
    const gone = `${server.origin}/docs/removed-chapter`
    const real = `${server.origin}/docs/intro`
    const report = await check([gone, real])
    expect(result(report, gone)).toMatchObject({
      verdict: 'ok',
      quietFailure: {
        kind: 'soft-404',
        reason: expect.stringMatching(
          /^answers like `.*\/docs\/roadmap-lint-no-such-page-[0-9a-f]{12}`, a made-up path beside it \(200, \d+% the same text\)$/
        )
      }
    })
    expect(result(report, real).quietFailure).toBeUndefined()
    // One HEAD per link, one made-up path for the folder, and a GET of each page to compare.
    expect(server.count(undefined, 'HEAD')).toBe(2)
    expect(server.requests.filter((request) => request.path.includes('no-such-page'))).toHaveLength(1)
    expect(server.count('/docs/removed-chapter', 'GET') + server.count('/docs/intro', 'GET')).toBe(2)
  })

  test('a site that answers a made-up path 404 is asked one made-up path in all, however many links', async () => {
    const server = await honestSite()
    const urls = Array.from({ length: 12 }, (_, n) => `${server.origin}/docs/${n % 3}/page-${n}`)
    const report = await check(urls)
    expect(report.summary.ok).toBe(12)
    expect(report.verdicts.every((verdict) => verdict.quietFailure === undefined)).toBe(true)
    expect(server.requests).toHaveLength(12 + 1)
    expect(report.requests).toBe(13)
  })
})

describe('redirects to a home or login page', () => {
  test('a deep link redirected to the home page, or to a login page, is a quiet failure; --fix gets no target', async () => {
    const server = await honestSite({
      '/docs/old-guide': '->301 /',
      '/settings/tokens': '->302 /login?return_to=%2Fsettings%2Ftokens',
      '/docs/renamed': '->301 /docs/new-name'
    })
    const home = `${server.origin}/docs/old-guide`
    const login = `${server.origin}/settings/tokens`
    const moved = `${server.origin}/docs/renamed`
    const report = await check([home, login, moved])
    expect(result(report, home)).toMatchObject({
      verdict: 'redirected',
      quietFailure: { kind: 'redirect-home', reason: `redirects to \`${server.origin}/\`, a home page` }
    })
    expect(result(report, login)).toMatchObject({
      verdict: 'ok',
      quietFailure: {
        kind: 'redirect-login',
        reason: `redirects to \`${server.origin}/login?return_to=%2Fsettings%2Ftokens\`, a login page`
      }
    })
    expect(result(report, moved)).toMatchObject({ verdict: 'redirected', finalUrl: `${server.origin}/docs/new-name` })
    expect(result(report, moved).quietFailure).toBeUndefined()
  })
})

describe('parked domains', () => {
  test('a domain that answers every path with a parking page is a parked domain', async () => {
    const server = await startServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end(
        request.method === 'HEAD'
          ? undefined
          : '<html><head><title>expired.example</title></head><body><h1>This domain may be for sale!</h1><a href="https://www.sedo.com/">Make an offer</a></body></html>'
      )
    })
    const report = await check([`${server.origin}/docs/guide`, `${server.origin}/blog/post`])
    expect(report.verdicts.map((verdict) => verdict.quietFailure?.kind)).toEqual(['parked-domain', 'parked-domain'])
    expect(report.verdicts[0]?.quietFailure?.reason).toMatch(
      /^answers any path \(such as `http:\/\/127\.0\.0\.1:\d+\/docs\/roadmap-lint-no-such-page-[0-9a-f]+`\) with a parking page$/
    )
    // A parked site is known from its one made-up path: its pages are not fetched to compare.
    expect(server.count(undefined, 'GET')).toBe(1)
  })
})

test('a quiet failure is never cached: the next run asks again and finds it again', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'roadmap-links-quiet-'))
  try {
    const server = await softSite()
    const gone = `${server.origin}/docs/removed-chapter`
    const real = `${server.origin}/docs/intro`
    const options = { cacheFile: join(folder, 'cache.json') }
    await check([gone, real], options)
    const second = await check([gone, real], options)
    expect(result(second, gone)).toMatchObject({ cached: false, quietFailure: { kind: 'soft-404' } })
    expect(result(second, real)).toMatchObject({ cached: true })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})

test('ignoreQuietFailures and checkQuietFailures: false leave the checks out; the links are still checked', async () => {
  const server = await softSite()
  const gone = `${server.origin}/docs/removed-chapter`
  const ignored = await check([gone], { ignoreQuietFailures: [`${server.origin}/docs/`] })
  expect(ignored.verdicts[0]).toMatchObject({ verdict: 'ok', attempts: 1 })
  expect(ignored.verdicts[0]?.quietFailure).toBeUndefined()
  const off = await check([`${server.origin}/docs/other`], { checkQuietFailures: false })
  expect(off.verdicts[0]?.quietFailure).toBeUndefined()
  expect(server.requests.filter((request) => request.method === 'GET')).toHaveLength(0)
})
