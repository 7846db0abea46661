import { afterEach, describe, expect, test } from 'vitest'
import { closeAll, closedPort, startRawServer, startServer } from '@roadmap/test-servers'
import { fakeDns } from '../__fixtures__/link-options.js'
import { check } from '../__fixtures__/check.js'

afterEach(closeAll)

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Answers held until `size` of them wait together (or `timeoutMs` passed):
 * whether a client sends that many at once shows however busy the machine is.
 */
function barrier(size: number, timeoutMs = 3_000): () => Promise<void> {
  let waiting: Array<() => void> = []
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve)
      if (waiting.length >= size) {
        for (const release of waiting) release()
        waiting = []
      } else setTimeout(resolve, timeoutMs)
    })
}

describe('transient failures are retried', () => {
  test('503 then 200 is ok after a retry', async () => {
    let calls = 0
    const server = await startServer((_, response) => {
      // The first attempt is HEAD then GET (HEAD may be what fails): both 503.
      response.statusCode = ++calls <= 2 ? 503 : 200
      response.end()
    })
    const report = await check([`${server.origin}/flaky`])
    expect(report.verdicts[0]).toMatchObject({ verdict: 'ok', attempts: 2 })
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'GET', 'HEAD'])
  })

  test('5xx every time is unverifiable after the retries, the last one at the end of the run', async () => {
    const server = await startServer((_, response) => {
      response.statusCode = 502
      response.end()
    })
    const report = await check([`${server.origin}/down`], { retries: 2 })
    // `retries: 2` is three attempts in all, the last retry included.
    expect(report.verdicts[0]).toMatchObject({ verdict: 'unverifiable', reasonCode: 'server-error', attempts: 3 })
    expect(server.count('/down', 'HEAD')).toBe(3)
    expect(report.verdicts[0]?.reason).toBe('502 Bad Gateway (server error)')
  })

  test('429 with `Retry-After: 1`: that URL waits it out and is asked again (ok); the host goes on at half its pace, then wins it back', async () => {
    let limitedAt = 0
    const server = await startServer(async (request, response) => {
      if (request.url === '/limited' && limitedAt === 0) {
        limitedAt = Date.now()
        response.writeHead(429, { 'retry-after': '1' })
        response.end()
        return
      }
      if (request.url?.startsWith('/late')) await together()
      else await delay(20)
      response.end()
    })
    const together = barrier(4)
    const urls = [
      `${server.origin}/limited`,
      ...Array.from({ length: 40 }, (_, n) => `${server.origin}/p${n}`),
      ...Array.from({ length: 8 }, (_, n) => `${server.origin}/late${n}`)
    ]
    const report = await check(urls, { hostConcurrency: 4, slowHostGap: 50 })
    expect(report.summary.ok).toBe(49)
    expect(report.verdicts.find((verdict) => verdict.url.endsWith('/limited'))).toMatchObject({
      verdict: 'ok',
      attempts: 2
    })
    // One request for each URL, and one more for the URL that asked to wait, not before its wait ended.
    expect(server.requests).toHaveLength(50)
    const asked = server.requests.filter((request) => request.path === '/limited')
    expect(asked[1]!.at - limitedAt).toBeGreaterThanOrEqual(950)
    expect(report.slowedHosts).toEqual(['127.0.0.1'])
    // The other URLs went on during the wait (in the order the server saw
    // requests: between the two asks), two at a time at first (4 halved) ...
    const during = server.requests.slice(server.requests.indexOf(asked[0]!) + 1, server.requests.indexOf(asked[1]!))
    expect(during.length).toBeGreaterThan(10)
    expect(during.slice(0, 2).every((request) => request.inFlightForHost <= 2)).toBe(true)
    // ... winning back one more a round, up to the host's four by the last URLs.
    expect(
      Math.max(
        ...server.requests
          .filter((request) => request.path.startsWith('/late'))
          .map((request) => request.inFlightForHost)
      )
    ).toBe(4)
  })

  test('a host that keeps answering 429 at one request at a time is held back for its `Retry-After` as a whole', async () => {
    // A limit for the whole server: every request in the first 300 ms is refused.
    let firstAt = 0
    const server = await startServer(async (_, response) => {
      firstAt ||= Date.now()
      if (Date.now() - firstAt < 300) {
        response.writeHead(429, { 'retry-after': '1' })
        response.end()
        return
      }
      await delay(5)
      response.end()
    })
    const urls = Array.from({ length: 12 }, (_, n) => `${server.origin}/p${n}`)
    const report = await check(urls, { hostConcurrency: 4, slowHostGap: 10, retries: 3 })
    expect(report.summary.ok).toBe(12)
    const refused = server.requests.filter((request) => request.at - firstAt < 300)
    // 4 at once, then 2, then 1: refused again at one request at a time, the
    // host is held back for the second, so no more than these are refused.
    expect(refused.length).toBeLessThanOrEqual(4 + 2 + 1)
    const lastRefused = Math.max(...refused.map((request) => request.at))
    const next = server.requests.filter((request) => request.at > lastRefused)
    expect(next[0]!.at - lastRefused).toBeGreaterThanOrEqual(950)
    // One request per URL, plus one for each 429.
    expect(server.requests).toHaveLength(12 + refused.length)
  })

  test('a host that answers 429 again and again is slowed down, and gets its pace back once it stops', async () => {
    // Each limited URL is refused twice before it answers. How the pace moves
    // with each answer is in host-pace.test.ts (timing-free); here, what a run
    // does with it.
    const refusals = new Map<string, number>()
    const server = await startServer(async (request, response) => {
      const path = request.url ?? ''
      if (path.startsWith('/limited') && (refusals.get(path) ?? 0) < 2) {
        refusals.set(path, (refusals.get(path) ?? 0) + 1)
        response.writeHead(429, { 'retry-after': '0' })
        response.end()
        return
      }
      if (path.startsWith('/late')) await together()
      else await delay(5)
      response.end()
    })
    const together = barrier(4)
    const urls = [
      ...[1, 2, 3].map((n) => `${server.origin}/limited${n}`),
      ...Array.from({ length: 30 }, (_, n) => `${server.origin}/p${n}`),
      ...Array.from({ length: 8 }, (_, n) => `${server.origin}/late${n}`)
    ]
    const report = await check(urls, { hostConcurrency: 4, slowHostGap: 60, retries: 3 })
    expect(report.summary.ok).toBe(41)
    expect(report.slowedHosts).toEqual(['127.0.0.1'])
    // One request per URL, plus one for each 429: nothing else was sent again.
    expect(server.requests).toHaveLength(41 + 6)
    // Back to four at once by the last URLs.
    expect(
      Math.max(
        ...server.requests
          .filter((request) => request.path.startsWith('/late'))
          .map((request) => request.inFlightForHost)
      )
    ).toBe(4)
  })

  test('a reset connection is retried, then unverifiable', async () => {
    const server = await startRawServer((socket) => socket.once('data', () => socket.resetAndDestroy()))
    const report = await check([`${server.origin}/reset`], { retries: 1 })
    expect(report.verdicts[0]).toMatchObject({ verdict: 'unverifiable', reasonCode: 'connection-reset', attempts: 2 })
  })

  test.each([
    ['000', 'invalid HTTP response: a status code below 100, such as `000`'],
    ['099', 'invalid HTTP response: a status code below 100, such as `000`'],
    ['1000', 'invalid HTTP response: not HTTP/1.1']
  ])('a status line `HTTP/1.1 %s` is an invalid answer in plain words, not retried', async (status, reason) => {
    const server = await startRawServer((socket) =>
      socket.once('data', () => socket.end(`HTTP/1.1 ${status} Odd\r\ncontent-length: 0\r\n\r\n`))
    )
    const report = await check([`${server.origin}/odd`])
    expect(report.verdicts[0]).toMatchObject({ verdict: 'unverifiable', reasonCode: 'protocol', reason, attempts: 1 })
    expect(report.verdicts[0]?.reason).not.toContain('ERR_ASSERTION')
  })

  test('connection refused is broken at once, without retries', async () => {
    const port = await closedPort()
    const report = await check([`http://127.0.0.1:${port}/`])
    expect(report.verdicts[0]).toMatchObject({ verdict: 'broken', reasonCode: 'connection-refused', attempts: 1 })
  })
})

describe('limits', () => {
  test('the per-host limit is never exceeded, and a per-host override applies', async () => {
    const server = await startServer(async (_, response) => {
      await delay(30)
      response.end()
    })
    const urls = Array.from({ length: 16 }, (_, n) => `http://fast.test:${server.port}/${n}`)
    const slow = Array.from({ length: 4 }, (_, n) => `http://slow.test:${server.port}/${n}`)
    const report = await check([...urls, ...slow], {
      hostConcurrency: 3,
      hosts: { 'slow.test': { concurrency: 1 } },
      lookup: fakeDns({ 'fast.test': '127.0.0.1', 'slow.test': '127.0.0.1' })
    })
    expect(report.summary.ok).toBe(20)
    expect(server.maxInFlightForHost('fast.test')).toBe(3)
    expect(server.maxInFlightForHost('slow.test')).toBe(1)
  })

  test('a host with hundreds of links queued does not hold up the links of another host', async () => {
    const server = await startServer(async (request, response) => {
      if (request.headers.host?.startsWith('busy.test')) await delay(40)
      response.end()
    })
    const busy = Array.from({ length: 200 }, (_, n) => `http://busy.test:${server.port}/${n}`)
    const quiet = Array.from({ length: 6 }, (_, n) => `http://quiet.test:${server.port}/${n}`)
    const report = await check([...busy, ...quiet], {
      hostConcurrency: 2,
      lookup: fakeDns({ 'busy.test': '127.0.0.1', 'quiet.test': '127.0.0.1' })
    })
    expect(report.summary.ok).toBe(206)
    // The quiet host's links, named last, are all answered while the busy host is still at its first few.
    const lastQuiet = server.requests.findLastIndex((request) => request.host.startsWith('quiet.test'))
    expect(
      server.requests.slice(0, lastQuiet).filter((request) => request.host.startsWith('busy.test')).length
    ).toBeLessThan(10)
  })

  test('the global limit is never exceeded across hosts', async () => {
    const server = await startServer(async (_, response) => {
      await delay(30)
      response.end()
    })
    const hosts = Object.fromEntries(Array.from({ length: 8 }, (_, n) => [`h${n}.test`, '127.0.0.1']))
    const urls = Object.keys(hosts).flatMap((host) => [1, 2, 3].map((n) => `http://${host}:${server.port}/${n}`))
    const report = await check(urls, { concurrency: 5, hostConcurrency: 4, lookup: fakeDns(hosts) })
    expect(report.summary.ok).toBe(24)
    expect(server.maxInFlight()).toBe(5)
  })
})
