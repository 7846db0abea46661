import { afterEach, describe, expect, test } from 'vitest'
import { closeAll, startServer } from '@roadmap/test-servers'
import { fakeDns } from '../__fixtures__/link-options.js'
import { check, result } from '../__fixtures__/check.js'

afterEach(closeAll)

describe('status codes', () => {
  test('200 is ok, with a HEAD request only', async () => {
    const server = await startServer((_, response) => response.end('hello'))
    const report = await check([`${server.origin}/page`])
    expect(result(report, `${server.origin}/page`)).toMatchObject({
      verdict: 'ok',
      status: 200,
      reason: '200 OK',
      attempts: 1
    })
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD'])
    expect(report.summary).toEqual({ ok: 1, broken: 0, redirected: 0, unverifiable: 0, skipped: 0 })
  })

  test('404 and 410 are broken, after GET confirms what HEAD said', async () => {
    const server = await startServer((request, response) => {
      response.statusCode = request.url === '/gone' ? 410 : 404
      response.end()
    })
    const report = await check([`${server.origin}/missing`, `${server.origin}/gone`])
    expect(result(report, `${server.origin}/missing`)).toMatchObject({
      verdict: 'broken',
      reasonCode: 'status',
      status: 404
    })
    expect(result(report, `${server.origin}/gone`)).toMatchObject({ verdict: 'broken', status: 410 })
    expect(server.count('/missing', 'GET')).toBe(1)
    expect(report.verdicts.map((entry) => entry.reason)).toEqual(['410 Gone', '404 Not Found'])
  })

  test('401, 403, 999 and a Cloudflare challenge are unverifiable; `accept` makes a status ok', async () => {
    const server = await startServer((request, response) => {
      if (request.url === '/challenge') {
        response.setHeader('cf-mitigated', 'challenge')
        response.statusCode = 403
      } else response.statusCode = Number(request.url?.slice(1))
      response.end()
    })
    const urls = ['/401', '/403', '/999', '/challenge'].map((path) => `${server.origin}${path}`)
    const report = await check(urls)
    expect(
      report.verdicts.map((entry) => [entry.url.slice(server.origin.length), entry.verdict, entry.reasonCode])
    ).toEqual([
      ['/401', 'unverifiable', 'unauthorized'],
      ['/403', 'unverifiable', 'forbidden'],
      ['/999', 'unverifiable', 'blocked'],
      ['/challenge', 'unverifiable', 'challenge']
    ])
    expect(result(report, `${server.origin}/403`).reason).toBe('403 Forbidden (access denied)')
    const accepted = await check([`${server.origin}/403`], { hosts: { '127.0.0.1': { accept: [403] } } })
    expect(accepted.verdicts[0]).toMatchObject({ verdict: 'ok', reasonCode: 'accepted' })
  })
})

describe('HEAD, then GET', () => {
  test('a host that refuses HEAD (405) gets GET, and only GET from then on', async () => {
    const server = await startServer((request, response) => {
      response.statusCode = request.method === 'HEAD' ? 405 : 200
      response.end('ok')
    })
    const urls = ['/a', '/b', '/c'].map((path) => `${server.origin}${path}`)
    const report = await check(urls, { hostConcurrency: 1 })
    expect(report.summary.ok).toBe(3)
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'HEAD /a',
      'GET /a',
      'GET /b',
      'GET /c'
    ])
    expect(report.requests).toBe(4)
  })

  test('404 on HEAD only is ok', async () => {
    const server = await startServer((request, response) => {
      response.statusCode = request.method === 'HEAD' ? 404 : 200
      response.end()
    })
    const report = await check([`${server.origin}/x`])
    expect(report.verdicts[0]).toMatchObject({ verdict: 'ok', status: 200 })
  })

  test('a GET never reads an endless body', async () => {
    let written = 0
    const server = await startServer((request, response) => {
      if (request.method === 'HEAD') {
        response.statusCode = 405
        response.end()
        return
      }
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      const chunk = Buffer.alloc(64 * 1024, 120)
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) written += chunk.length
        if (!response.destroyed) response.once('drain', pump)
      }
      pump()
    })
    const report = await check([`${server.origin}/stream`])
    expect(report.verdicts[0]).toMatchObject({ verdict: 'ok', status: 200 })
    await expect.poll(() => server.closedSockets()).toBeGreaterThan(0)
    // Socket buffers hold a few MiB at most; a download would not stop.
    expect(written).toBeLessThan(64 * 1024 * 1024)
  })
})

describe('redirects', () => {
  test('a 301/308 chain is `redirected`, naming the final URL', async () => {
    const server = await startServer((request, response) => {
      const next: Record<string, [number, string]> = { '/a': [301, '/b'], '/b': [308, '/c'] }
      const hop = next[request.url ?? '']
      if (hop) response.writeHead(hop[0], { location: hop[1] })
      response.end()
    })
    const report = await check([`${server.origin}/a`])
    const entry = report.verdicts[0]
    expect(entry).toMatchObject({
      verdict: 'redirected',
      finalUrl: `${server.origin}/c`,
      status: 200,
      reasonCode: 'moved-permanently'
    })
    expect(entry?.redirects).toEqual([
      { url: `${server.origin}/a`, status: 301, to: `${server.origin}/b` },
      { url: `${server.origin}/b`, status: 308, to: `${server.origin}/c` }
    ])
    expect(report.summary.redirected).toBe(1)
  })

  test('a 302 is fine; after a 301, a temporary redirect (a login page) is not the URL to fix to', async () => {
    const server = await startServer((request, response) => {
      const next: Record<string, [number, string]> = {
        '/temporary': [302, '/here'],
        '/old': [301, '/new'],
        '/new': [302, '/login?next=/new']
      }
      const hop = next[request.url ?? '']
      if (hop) response.writeHead(hop[0], { location: hop[1] })
      response.end()
    })
    const report = await check([`${server.origin}/temporary`, `${server.origin}/old#section`])
    expect(result(report, `${server.origin}/temporary`)).toMatchObject({ verdict: 'ok' })
    expect(result(report, `${server.origin}/temporary`).finalUrl).toBeUndefined()
    expect(result(report, `${server.origin}/old#section`)).toMatchObject({
      verdict: 'redirected',
      finalUrl: `${server.origin}/new#section`
    })
  })

  test('a redirect loop and too many redirects are broken', async () => {
    const server = await startServer((request, response) => {
      const path = request.url ?? ''
      if (path === '/loop-a') response.writeHead(302, { location: '/loop-b' })
      else if (path === '/loop-b') response.writeHead(302, { location: '/loop-a' })
      else if (path.startsWith('/hop/')) response.writeHead(307, { location: `/hop/${Number(path.slice(5)) + 1}` })
      response.end()
    })
    const report = await check([`${server.origin}/loop-a`, `${server.origin}/hop/0`], { maxRedirects: 3 })
    expect(result(report, `${server.origin}/loop-a`)).toMatchObject({
      verdict: 'broken',
      reasonCode: 'redirect-loop',
      reason: `redirect loop (\`${server.origin}/loop-a\` → \`${server.origin}/loop-b\` → \`${server.origin}/loop-a\`)`
    })
    expect(result(report, `${server.origin}/hop/0`)).toMatchObject({
      verdict: 'broken',
      reason: 'too many redirects (more than 3)'
    })
    expect(server.count()).toBeLessThan(12)
  })

  test('a redirect back to the same URL after setting a cookie is not a loop', async () => {
    const server = await startServer((request, response) => {
      if (request.headers.cookie?.includes('consent=yes')) response.end()
      else {
        response.writeHead(302, { location: request.url ?? '/', 'set-cookie': 'consent=yes; Path=/; HttpOnly' })
        response.end()
      }
    })
    const report = await check([`${server.origin}/article`])
    expect(report.verdicts[0]).toMatchObject({ verdict: 'ok', redirects: [{ status: 302 }] })
  })

  test('a permanent redirect to a 404 is broken, naming where it went', async () => {
    const server = await startServer((request, response) => {
      if (request.url === '/moved') response.writeHead(301, { location: '/nowhere' })
      else response.statusCode = 404
      response.end()
    })
    const report = await check([`${server.origin}/moved`])
    expect(report.verdicts[0]).toMatchObject({
      verdict: 'broken',
      status: 404,
      redirects: [{ url: `${server.origin}/moved`, status: 301, to: `${server.origin}/nowhere` }]
    })
  })

  test('Authorization, Cookie and Proxy-Authorization are dropped when a redirect leaves the origin', async () => {
    const other = await startServer((_, response) => response.end())
    const server = await startServer((request, response) => {
      if (request.url === '/away') response.writeHead(302, { location: `http://b.test:${other.port}/landing` })
      else if (request.url === '/near') response.writeHead(302, { location: '/landing' })
      response.end()
    })
    // Written in the configuration (a value from the environment would not go over plain http at all).
    const headers = { Authorization: 'Bearer s3cr3t-token', Cookie: 'session=s3cr3t-token', 'X-Trace': 'kept' }
    const report = await check([`http://a.test:${server.port}/away`, `http://a.test:${server.port}/near`], {
      lookup: fakeDns({ 'a.test': '127.0.0.1', 'b.test': '127.0.0.1' }),
      hosts: { 'a.test': { headers }, 'b.test': { headers } }
    })
    expect(report.summary.ok).toBe(2)
    const first = server.requests.find((request) => request.path === '/away')
    expect(first?.headers).toMatchObject({ authorization: 'Bearer s3cr3t-token', cookie: 'session=s3cr3t-token' })
    const sameOrigin = server.requests.find((request) => request.path === '/landing')
    expect(sameOrigin?.headers.authorization).toBe('Bearer s3cr3t-token')
    const crossOrigin = other.requests.find((request) => request.path === '/landing')
    expect(crossOrigin?.headers.authorization).toBeUndefined()
    expect(crossOrigin?.headers.cookie).toBeUndefined()
    expect(crossOrigin?.headers['x-trace']).toBe('kept')
    expect(JSON.stringify(report)).not.toContain('s3cr3t')
  })

  test('a header whose value comes from the environment never goes over plain http', async () => {
    const server = await startServer((_, response) => response.end())
    const report = await check([`${server.origin}/page`], {
      hosts: { '127.0.0.1': { headers: { Authorization: 'Bearer ${TEST_TOKEN}', 'X-Plain': 'kept' } } },
      env: { TEST_TOKEN: 's3cr3t-token' }
    })
    expect(report.summary.ok).toBe(1)
    expect(server.requests[0]?.headers.authorization).toBeUndefined()
    expect(server.requests[0]?.headers['x-plain']).toBe('kept')
    expect(JSON.stringify(server.requests)).not.toContain('s3cr3t')
  })
})
