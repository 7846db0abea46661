import { closeAll, startServer } from '@roadmap/test-servers'
import { afterEach, describe, expect, test } from 'vitest'
import { loopback } from '../__fixtures__/link-options.js'
import type { LinkVerdict } from '../types.js'
import { checkLinks, streamLinks } from './check-links.js'
import { createLinkChecker } from './checker.js'

afterEach(closeAll)

/** `slow` holds `/slow`'s answer until it resolves (by default 200 ms). */
async function startSite(slow: () => Promise<unknown> = () => new Promise((resolve) => setTimeout(resolve, 200))) {
  let flaky = 0
  return startServer(async (request, response) => {
    if (request.url === '/slow') await slow()
    // Unavailable until the end-of-run retry.
    if (request.url === '/flaky' && flaky++ < 2) response.statusCode = 503
    else if (request.url === '/missing') response.statusCode = 404
    response.end()
  })
}

describe('checkLinks', () => {
  test('resolves with one verdict per unique URL, with the places it was given with', async () => {
    const server = await startSite()
    const report = await checkLinks<number>(
      [{ url: `${server.origin}/a`, place: 1 }, `${server.origin}/missing`, { url: `${server.origin}/a`, place: 2 }],
      loopback
    )
    expect(
      report.verdicts.map((verdict) => [verdict.url.slice(server.origin.length), verdict.verdict, verdict.places])
    ).toEqual([
      ['/a', 'ok', [1, 2]],
      ['/missing', 'broken', []]
    ])
    expect(report.summary).toEqual({ ok: 1, broken: 1, redirected: 0, unverifiable: 0, skipped: 0 })
  })
})

describe('streamLinks and onVerdict', () => {
  test('yield each verdict once, as soon as it is final; the report repeats them', async () => {
    // `/slow` answers only once the three other verdicts have been given: a stream that held
    // verdicts back until the end would never get there (the test would time out).
    let release: (value?: unknown) => void = () => {}
    const released = new Promise((resolve) => {
      release = resolve
    })
    const server = await startSite(() => released)
    const urls = ['/slow', '/a', '/missing', 'ftp://example.com/'].map((path) =>
      path.startsWith('/') ? `${server.origin}${path}` : path
    )
    const stream = streamLinks(urls, loopback)
    const seen: string[] = []
    let next = await stream.next()
    while (!next.done) {
      seen.push(next.value.url)
      if (seen.length === 3) release()
      next = await stream.next()
    }
    const report = next.value
    // The slow page answers last; the rest in no fixed order before it.
    expect(seen.at(-1)).toBe(`${server.origin}/slow`)
    expect([...seen].sort()).toEqual(report.verdicts.map((verdict) => verdict.url))
  })

  test('a transient failure is given only after its last retry, held until the end of the run, with its final verdict', async () => {
    const server = await startSite()
    const given: LinkVerdict[] = []
    // `retries: 1`: the one retry is the last, held until `finish`.
    const checker = createLinkChecker({ ...loopback, retries: 1, onVerdict: (verdict) => given.push(verdict) })
    checker.add(`${server.origin}/flaky`)
    checker.add(`${server.origin}/a`)
    await expect.poll(() => given.length).toBe(1)
    expect(given[0]?.url).toBe(`${server.origin}/a`)
    const report = await checker.finish()
    expect(given.map((verdict) => verdict.url)).toEqual([`${server.origin}/a`, `${server.origin}/flaky`])
    // Each verdict given is the one the report holds.
    for (const verdict of report.verdicts) expect(given).toContain(verdict)
    expect(report.verdicts.find((verdict) => verdict.url.endsWith('/flaky'))?.verdict).toBe('ok')
  })

  test('a failing onVerdict does not stop the run; finish() throws its error', async () => {
    const server = await startSite()
    const checker = createLinkChecker({
      ...loopback,
      onVerdict: () => {
        throw new Error('listener failed')
      }
    })
    checker.add(`${server.origin}/a`)
    await expect(checker.finish()).rejects.toThrow('listener failed')
  })
})
