import { afterEach, describe, expect, test } from 'vitest'
import { at, closeAll, loopback, startRawServer, startServer } from './__fixtures__/servers.js'
import { createLinkChecker } from './checker.js'
import type { LinkCheckerOptions } from './options.js'
import { linkProblems } from './problems.js'
import type { LinkReport } from './types.js'

afterEach(closeAll)

async function check(urls: ReadonlyArray<string>, options: LinkCheckerOptions = {}): Promise<LinkReport> {
  const checker = createLinkChecker({ ...loopback, ...options })
  for (const url of urls) checker.add(at(url))
  return checker.finish()
}

describe('timeouts per phase', () => {
  test('headers: a server that never answers is unverifiable', async () => {
    const server = await startRawServer(() => undefined)
    const report = await check([`${server.origin}/silent`], { headersTimeout: 150, retries: 0 })
    expect(report.results[0]).toMatchObject({
      outcome: 'unverifiable',
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
    expect(report.results[0]).toMatchObject({ outcome: 'unverifiable', reason: 'timed out connecting after 100 ms' })
  })

  test('whole request: a body that trickles forever is cut off', async () => {
    const server = await startServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      const timer = setInterval(() => response.write('<p>'), 20)
      response.on('close', () => clearInterval(timer))
    })
    const started = Date.now()
    const report = await check([`${server.origin}/trickle#anchor`], { checkFragments: true, requestTimeout: 300, retries: 0 })
    expect(report.results[0]).toMatchObject({ outcome: 'unverifiable', reason: 'timed out: no complete response within 300 ms' })
    expect(Date.now() - started).toBeLessThan(3_000)
  })
})

describe('the run deadline', () => {
  test('a run with a never-answering server ends near the deadline; what is left is unchecked', async () => {
    const silent = await startRawServer(() => undefined)
    const server = await startServer((_, response) => response.end())
    const started = Date.now()
    const report = await check([`${server.origin}/fine`, `${silent.origin}/a`, `${silent.origin}/b`], {
      deadline: 400,
      headersTimeout: 60_000,
      requestTimeout: 60_000
    })
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(390)
    expect(elapsed).toBeLessThan(2_500)
    expect(report.deadlineReached).toBe(true)
    expect(report.results.map((entry) => [entry.url, entry.outcome])).toEqual(
      expect.arrayContaining([
        [`${server.origin}/fine`, 'ok'],
        [`${silent.origin}/a`, 'unchecked'],
        [`${silent.origin}/b`, 'unchecked']
      ])
    )
    expect(linkProblems(report).map((problem) => [problem.ruleId, problem.message])).toEqual([
      ['link-unchecked', `Unchecked link \`${silent.origin}/a\`: the run's deadline (400 ms) passed; raise the deadline or split the run with --shard`],
      ['link-unchecked', `Unchecked link \`${silent.origin}/b\`: the run's deadline (400 ms) passed; raise the deadline or split the run with --shard`]
    ])
  })

  test('a Retry-After beyond the deadline is not waited for', async () => {
    const server = await startServer((_, response) => {
      response.writeHead(429, { 'retry-after': '20' })
      response.end()
    })
    const started = Date.now()
    const report = await check([`${server.origin}/busy`], { deadline: 1_500 })
    expect(Date.now() - started).toBeLessThan(1_400)
    expect(report.results[0]).toMatchObject({ outcome: 'unverifiable', reasonCode: 'rate-limited' })
    expect(linkProblems(report)[0]?.message).toBe(
      `Cannot verify \`${server.origin}/busy\`: 429 Too Many Requests (rate limited); check it by hand`
    )
  })

  test("aborting the caller's signal ends the run like the deadline", async () => {
    const silent = await startRawServer(() => undefined)
    const controller = new AbortController()
    const checker = createLinkChecker({ ...loopback, signal: controller.signal, headersTimeout: 60_000 })
    checker.add(at(`${silent.origin}/x`))
    await expect.poll(() => silent.connections()).toBe(1)
    controller.abort()
    const report = await checker.finish()
    expect(report.results[0]).toMatchObject({ outcome: 'unchecked', reason: 'the run was aborted' })
  })
})

