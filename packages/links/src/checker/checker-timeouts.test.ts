import { afterEach, describe, expect, test } from 'vitest'
import { closeAll, startRawServer, startServer } from '@roadmap/test-servers'
import { at, loopback } from '../__fixtures__/link-options.js'
import { createLinkChecker } from './checker.js'
import type { LinkCheckerOptions } from '../options/options.js'
import type { LinkReport } from '../types.js'

afterEach(closeAll)

async function check(urls: ReadonlyArray<string>, options: LinkCheckerOptions = {}): Promise<LinkReport> {
  const checker = createLinkChecker({ ...loopback, ...options })
  for (const url of urls) checker.add(...at(url))
  return checker.finish()
}

describe('timeouts per phase', () => {
  test('headers: a server that never answers is unverifiable', async () => {
    const server = await startRawServer(() => undefined)
    const report = await check([`${server.origin}/silent`], { headersTimeout: 150, retries: 0 })
    expect(report.verdicts[0]).toMatchObject({
      verdict: 'unverifiable',
      reasonCode: 'timeout',
      reason: 'timed out waiting for response headers after 150 ms'
    })
  })

  test('connect: a name that never resolves times out connecting', async () => {
    const report = await check(['http://hangs.test/'], {
      lookup: () => new Promise(() => undefined),
      connectTimeout: 100,
      retries: 0
    })
    expect(report.verdicts[0]).toMatchObject({ verdict: 'unverifiable', reason: 'timed out connecting after 100 ms' })
  })

  test('whole request: a body that trickles forever is cut off', async () => {
    let closed = false
    const server = await startServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      const timer = setInterval(() => response.write('<p>'), 20)
      response.on('close', () => {
        closed = true
        clearInterval(timer)
      })
    })
    const report = await check([`${server.origin}/trickle#anchor`], {
      checkFragments: true,
      requestTimeout: 300,
      retries: 0
    })
    // Cut off by the whole-request timeout (the body timeout, 3 s, restarts
    // with each chunk), which closed the connection.
    expect(report.verdicts[0]).toMatchObject({
      verdict: 'unverifiable',
      reason: 'timed out: no complete response within 300 ms'
    })
    await expect.poll(() => closed).toBe(true)
  })
})

describe('the run deadline', () => {
  test('a run with a never-answering server ends near the deadline; what is left is skipped', async () => {
    const silent = await startRawServer(() => undefined)
    const server = await startServer((_, response) => response.end())
    const report = await check([`${server.origin}/fine`, `${silent.origin}/a`, `${silent.origin}/b`], {
      deadline: 400,
      headersTimeout: 60_000,
      requestTimeout: 60_000
    })
    // Ended by the deadline, not by a timeout of 60 s (the test would time out first).
    expect(report.deadlineReached).toBe(true)
    expect(report.verdicts.map((entry) => [entry.url, entry.verdict])).toEqual(
      expect.arrayContaining([
        [`${server.origin}/fine`, 'ok'],
        [`${silent.origin}/a`, 'skipped'],
        [`${silent.origin}/b`, 'skipped']
      ])
    )
    expect(
      report.verdicts.filter((entry) => entry.verdict === 'skipped').map((entry) => [entry.reasonCode, entry.reason])
    ).toEqual([
      ['deadline', "the run's deadline (400 ms) passed"],
      ['deadline', "the run's deadline (400 ms) passed"]
    ])
  })

  test('a Retry-After beyond the deadline is not waited for', async () => {
    const server = await startServer((_, response) => {
      response.writeHead(429, { 'retry-after': '20' })
      response.end()
    })
    const report = await check([`${server.origin}/busy`], { deadline: 10_000 })
    // Had the checker waited the 20 s, the deadline would have ended the run first.
    expect(report.deadlineReached).toBe(false)
    expect(report.verdicts[0]).toMatchObject({ verdict: 'unverifiable', reasonCode: 'rate-limited' })
    expect(report.verdicts[0]?.reason).toBe('429 Too Many Requests (rate limited)')
    // Not asked again before its wait ends, not even by the last retry at the end of the run.
    expect(server.requests).toHaveLength(1)
  })

  test("the last retry, held until the end of the run, waits out the URL's Retry-After too", async () => {
    let first = 0
    const server = await startServer((_, response) => {
      if (first === 0) {
        first = Date.now()
        response.writeHead(429, { 'retry-after': '1' })
      }
      response.end()
    })
    // `retries: 1`: the one retry is the last, held until the end of the run.
    const report = await check([`${server.origin}/busy`], { retries: 1 })
    expect(report.verdicts[0]).toMatchObject({ verdict: 'ok', attempts: 2 })
    expect(server.requests).toHaveLength(2)
    expect(server.requests[1]!.at - first).toBeGreaterThanOrEqual(950)
  })

  test("aborting the caller's signal ends the run like the deadline", async () => {
    const silent = await startRawServer(() => undefined)
    const controller = new AbortController()
    const checker = createLinkChecker({ ...loopback, signal: controller.signal, headersTimeout: 60_000 })
    checker.add(...at(`${silent.origin}/x`))
    await expect.poll(() => silent.connections()).toBe(1)
    controller.abort()
    const report = await checker.finish()
    expect(report.verdicts[0]).toMatchObject({ verdict: 'skipped', reason: 'the run was aborted' })
  })
})
