// GitHub links through GitHub's API, with a token: a loopback server plays
// the API (`githubApiUrl`), another one github.com's web pages.
import { afterEach, expect, test } from 'vitest'
import { closeAll, startServer, type TestServer } from '@roadmap/test-servers'
import { check } from '../__fixtures__/check.js'
import { fakeDns } from '../__fixtures__/link-options.js'

afterEach(closeAll)

/** GitHub's API: the resources it knows answer 200, the rest 404; `status` overrides both. */
function fakeApi(known: ReadonlyArray<string>, status?: number, headers: Record<string, string> = {}) {
  return startServer((request, response) => {
    response.writeHead(status ?? (known.includes(request.url ?? '') ? 200 : 404), headers)
    response.end()
  })
}

/** github.com's web pages: 200, but for `missing`. */
function fakeWeb(missing: ReadonlyArray<string> = []) {
  return startServer((request, response) => {
    response.statusCode = missing.includes(request.url ?? '') ? 404 : 200
    response.end()
  })
}

const options = (api: TestServer, extra: Record<string, unknown> = {}) => ({
  githubToken: 'ghs_test-token',
  githubApiUrl: api.origin,
  lookup: fakeDns({ 'github.com': '127.0.0.1' }),
  ...extra
})

test('with a token, repository, file, issue and release links are asked of the API, with the token, and not of the web', async () => {
  const api = await fakeApi([
    '/repos/nodejs/node',
    '/repos/nodejs/node/contents/README.md?ref=main',
    '/repos/nodejs/node/issues/1',
    '/repos/nodejs/node/releases/tags/v20.0.0'
  ])
  const web = await fakeWeb()
  const base = `http://github.com:${web.port}/nodejs/node`
  const report = await check(
    [base, `${base}/blob/main/README.md`, `${base}/issues/1`, `${base}/releases/tag/v20.0.0`],
    options(api)
  )
  expect(report.verdicts.map((verdict) => [verdict.verdict, verdict.reason])).toEqual(
    Array.from({ length: 4 }, () => ['ok', '200 OK (GitHub API)'])
  )
  expect(web.requests).toHaveLength(0)
  expect(api.requests.map((request) => [request.method, request.headers.authorization])).toEqual(
    Array.from({ length: 4 }, () => ['HEAD', 'Bearer ghs_test-token'])
  )
  expect(api.requests[0]?.headers['x-github-api-version']).toBe('2022-11-28')
})

test('a 404 from the API is confirmed on the web, which never gets the token', async () => {
  const api = await fakeApi([])
  const web = await fakeWeb(['/nodejs/node/blob/main/gone.md'])
  const base = `http://github.com:${web.port}/nodejs/node`
  // A ref with a slash (`feature/x`) is ambiguous to the API: the web decides.
  const report = await check([`${base}/blob/main/gone.md`, `${base}/blob/feature/x/README.md`], options(api))
  expect(report.verdicts.map((verdict) => [verdict.url.replace(base, ''), verdict.verdict])).toEqual([
    ['/blob/feature/x/README.md', 'ok'],
    ['/blob/main/gone.md', 'broken']
  ])
  expect(web.requests.every((request) => request.headers.authorization === undefined)).toBe(true)
})

test('a refused token or a spent rate limit stops the API for the run; the links are checked on the web', async () => {
  const api = await fakeApi([], 403, { 'x-ratelimit-remaining': '0' })
  const web = await fakeWeb()
  const base = `http://github.com:${web.port}`
  const report = await check([`${base}/a/b`, `${base}/c/d`, `${base}/e/f`], options(api, { concurrency: 1 }))
  expect(report.summary.ok).toBe(3)
  expect(api.requests).toHaveLength(1)
  expect(web.requests).toHaveLength(3)
  expect(report.githubApiStopped).toBe('its rate limit is spent')
})

test('without a token, GitHub links are checked on the web', async () => {
  const web = await fakeWeb()
  const report = await check([`http://github.com:${web.port}/nodejs/node`], {
    lookup: fakeDns({ 'github.com': '127.0.0.1' })
  })
  expect(report.verdicts[0]).toMatchObject({ verdict: 'ok', reason: '200 OK' })
  expect(web.requests).toHaveLength(1)
})
