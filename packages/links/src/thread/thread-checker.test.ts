// The worker thread needs the compiled worker: these tests load the built
// package (turbo builds it before the tests run).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { closeAll, startServer } from '@roadmap/test-servers'
import { afterEach, beforeAll, expect, test } from 'vitest'
import type * as Links from '../index.js'
import type { LinkVerdict } from '../types.js'

const built = fileURLToPath(new URL('../../dist/index.js', import.meta.url))
let links: typeof Links

beforeAll(async () => {
  if (!existsSync(built)) throw new Error('Build @roadmap/links first: `pnpm build`')
  links = (await import(built)) as typeof Links
})

afterEach(closeAll)

const loopback = { allowPrivateHosts: true, retryDelay: 5, deadline: 15_000 }

test('the built package has its worker; the sources do not', async () => {
  expect(links.linkCheckerThreadAvailable).toBe(true)
  const sources = await import('./thread-checker.js')
  expect(sources.linkCheckerThreadAvailable).toBe(false)
  expect(() => new sources.LinkCheckerThread()).toThrow(expect.objectContaining({ code: 'ERR_ROADMAP_LINKS_THREAD' }))
})

test('checks on its own thread: places cross it, progress and verdicts come back', async () => {
  const server = await startServer((request, response) => {
    response.statusCode = request.url === '/missing' ? 404 : 200
    response.end()
  })
  const given: Array<LinkVerdict<{ file: string }>> = []
  let progressCalls = 0
  const checker = new links.LinkCheckerThread<{ file: string }>().start({
    ...loopback,
    onVerdict: (verdict) => given.push(verdict),
    onProgress: () => {
      progressCalls++
    }
  })
  checker.add(`${server.origin}/ok`, { file: 'a.md' })
  checker.add(`${server.origin}/missing`, { file: 'b.md' })
  checker.add(`${server.origin}/ok`, { file: 'c.md' })
  const report = await checker.finish()
  expect(
    report.verdicts.map((verdict) => [verdict.url.slice(server.origin.length), verdict.verdict, verdict.places])
  ).toEqual([
    ['/missing', 'broken', [{ file: 'b.md' }]],
    ['/ok', 'ok', [{ file: 'a.md' }, { file: 'c.md' }]]
  ])
  expect(given.map((verdict) => verdict.url).sort()).toEqual(report.verdicts.map((verdict) => verdict.url))
  expect(progressCalls).toBeGreaterThan(0)
  expect(() => checker.add(`${server.origin}/late`)).toThrow(
    expect.objectContaining({ code: 'ERR_ROADMAP_LINKS_FINISHED' })
  )
})

test('wrong options throw on the caller, not on the thread', () => {
  const thread = new links.LinkCheckerThread()
  try {
    expect(() => thread.start({ concurrency: 0 })).toThrow(
      expect.objectContaining({ code: 'ERR_ROADMAP_LINKS_OPTION_INVALID' })
    )
  } finally {
    thread.stop()
  }
})
