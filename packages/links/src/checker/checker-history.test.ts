// History: runs a simulated day apart, on a clock injected into the checker
// (no real waiting). A link found broken fails the run only once confirmed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { closeAll, startServer, type TestServer } from '@roadmap/test-servers'
import { at, loopback } from '../__fixtures__/link-options.js'
import type { LinkCheckerOptions } from '../options/options.js'
import type { LinkReport } from '../types.js'
import { createLinkChecker } from './checker.js'

const day = 24 * 60 * 60 * 1000
const monday = Date.parse('2026-12-07T04:23:00Z')

let folder: string
let cacheFile: string
let server: TestServer
/** What each path answers now: a status, or `301 <path>`. */
let answers: Record<string, string>

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'roadmap-links-history-'))
  cacheFile = join(folder, 'cache.json')
  answers = {}
  server = await startServer((request, response) => {
    const [status = '200', location] = (answers[request.url ?? ''] ?? '200').split(' ')
    response.writeHead(Number(status), location ? { location } : {})
    response.end()
  })
})

afterEach(async () => {
  await closeAll()
  await rm(folder, { recursive: true, force: true })
})

/** One run at `time` on the simulated clock, with the cache file of the test. */
async function runAt(
  time: number,
  paths: ReadonlyArray<string>,
  options: LinkCheckerOptions & { changed?: boolean } = {}
): Promise<LinkReport> {
  const { changed, ...rest } = options
  const checker = createLinkChecker({ ...loopback, cacheFile, now: () => time, ...rest })
  for (const path of paths) checker.add(...at(`${server.origin}${path}`), { changed: changed === true })
  return checker.finish()
}

const history = async () =>
  (JSON.parse(await readFile(cacheFile, 'utf8')) as { history: Record<string, unknown> }).history

describe('a broken link is confirmed by a second run a day later', () => {
  test('a URL that fails once then recovers is never broken, and is forgotten', async () => {
    answers['/flaky'] = '404'
    const first = await runAt(monday, ['/flaky'])
    expect(first.verdicts[0]).toMatchObject({
      verdict: 'unverifiable',
      reasonCode: 'unconfirmed',
      reason: '404 Not Found; failed once, first seen 2026-12-07',
      status: 404,
      failing: { since: monday, runs: 1 }
    })
    expect(first.summary).toMatchObject({ broken: 0, unverifiable: 1 })
    expect(Object.keys(await history())).toEqual([`private-${server.origin}/flaky`])

    answers['/flaky'] = '200'
    const second = await runAt(monday + day, ['/flaky'])
    expect(second.verdicts[0]).toMatchObject({ verdict: 'ok' })
    expect(second.verdicts[0]?.failing).toBeUndefined()
    expect(await history()).toEqual({})

    // Failing again once its ok entry expired (7 days) starts again from nothing.
    answers['/flaky'] = '404'
    const later = monday + 9 * day
    const third = await runAt(later, ['/flaky'])
    expect(third.verdicts[0]).toMatchObject({ reasonCode: 'unconfirmed', failing: { since: later, runs: 1 } })
  })

  test('a URL broken in runs at least a day apart is broken, with how long it has been failing', async () => {
    answers['/gone'] = '404'
    await runAt(monday, ['/gone'])
    const sameDay = await runAt(monday + 12 * 60 * 60 * 1000, ['/gone'])
    expect(sameDay.verdicts[0]).toMatchObject({
      verdict: 'unverifiable',
      reason: '404 Not Found; failed 2 times, first seen 2026-12-07'
    })
    const nextDay = await runAt(monday + day, ['/gone'])
    expect(nextDay.verdicts[0]).toMatchObject({
      verdict: 'broken',
      reasonCode: 'status',
      reason: '404 Not Found',
      failing: { since: monday, runs: 3 }
    })
  })

  test('the day counts from the first run that found it broken, not from one that could not tell', async () => {
    answers['/shaky'] = '503'
    await runAt(monday, ['/shaky'], { retries: 0 })
    answers['/shaky'] = '404'
    const next = await runAt(monday + day, ['/shaky'])
    expect(next.verdicts[0]).toMatchObject({ reasonCode: 'unconfirmed', failing: { since: monday, runs: 2 } })
    expect((await runAt(monday + 2 * day, ['/shaky'])).verdicts[0]).toMatchObject({ verdict: 'broken' })
  })

  test('a link the change adds or changes is broken at once; so is every link with `confirmAfter: 0`, or without a cache', async () => {
    answers['/new'] = '404'
    expect((await runAt(monday, ['/new'], { changed: true })).verdicts[0]).toMatchObject({ verdict: 'broken' })
    expect((await runAt(monday, ['/new'], { confirmAfter: 0 })).verdicts[0]).toMatchObject({ verdict: 'broken' })
    const checker = createLinkChecker({ ...loopback })
    checker.add(...at(`${server.origin}/new`))
    const uncached = await checker.finish()
    expect(uncached.verdicts[0]).toMatchObject({ verdict: 'broken' })
    expect(uncached.verdicts[0]?.failing).toBeUndefined()
  })

  test('the same URL at two places, one added by the change: the change wins', async () => {
    answers['/both'] = '404'
    const checker = createLinkChecker({ ...loopback, cacheFile, now: () => monday })
    checker.add(...at(`${server.origin}/both`, 'content/a.md'))
    checker.add(...at(`${server.origin}/both`, 'content/b.md'), { changed: true })
    expect((await checker.finish()).verdicts[0]).toMatchObject({ verdict: 'broken' })
  })
})

describe('suggestions', () => {
  test('a redirect followed this run is certain; once the link breaks, where it led is likely, the archive possible', async () => {
    answers['/old'] = '301 /new'
    const moved = await runAt(monday, ['/old#part'])
    expect(moved.verdicts[0]).toMatchObject({
      verdict: 'redirected',
      suggestions: [{ url: `${server.origin}/new#part`, certainty: 'certain', source: 'redirect' }]
    })
    answers['/old'] = '404'
    const broken = await runAt(monday + 7 * day, ['/old#part'])
    expect(broken.verdicts[0]).toMatchObject({
      reasonCode: 'unconfirmed',
      suggestions: [
        { url: `${server.origin}/new#part`, certainty: 'likely', source: 'earlier-redirect', seenAt: monday },
        { url: `https://web.archive.org/web/${server.origin}/old`, certainty: 'possible', source: 'archive' }
      ]
    })
  })
})

describe('planted history can only make a failure count sooner, never hide one or choose a fix', () => {
  const plant = (history: Record<string, unknown>) =>
    writeFile(cacheFile, JSON.stringify({ tool: 'roadmap-lint/links', version: 3, entries: {}, history }))

  test('a record that claims the link recovered, or dates from the future, does not keep a dead link from failing', async () => {
    answers['/dead'] = '404'
    const key = `private-${server.origin}/dead`
    await plant({ [key]: { firstFailedAt: monday + 30 * day, lastFailedAt: monday + 30 * day, failedRuns: 1 } })
    const report = await runAt(monday + day, ['/dead'], { changed: true })
    expect(report.verdicts[0]).toMatchObject({ verdict: 'broken', failing: { since: monday + day, runs: 1 } })
    expect(report.cacheProblem?.message).toContain(`history of \`${key}\`: a date in the future`)
  })

  test('a planted redirect target is a likely suggestion, never a certain one (so never a fix)', async () => {
    answers['/dead'] = '404'
    await plant({
      [`private-${server.origin}/dead`]: { movedTo: { url: 'https://evil.example/phish', at: monday } }
    })
    const report = await runAt(monday + day, ['/dead'], { changed: true })
    expect(report.verdicts[0]?.suggestions?.filter((suggestion) => suggestion.certainty === 'certain')).toEqual([])
    expect(report.verdicts[0]?.suggestions?.[0]).toMatchObject({ certainty: 'likely', source: 'earlier-redirect' })
  })

  test('a record that confirms a failure early makes a dead link fail sooner, and an ok link stays ok', async () => {
    answers['/dead'] = '404'
    const record = {
      firstFailedAt: monday - 9 * day,
      lastFailedAt: monday - 9 * day,
      failedRuns: 1,
      brokenSince: monday - 9 * day
    }
    await plant({ [`private-${server.origin}/dead`]: record, [`private-${server.origin}/fine`]: record })
    const report = await runAt(monday, ['/dead', '/fine'])
    expect(report.verdicts.map((verdict) => verdict.verdict)).toEqual(['broken', 'ok'])
  })
})
