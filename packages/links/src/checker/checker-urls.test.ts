import { afterEach, describe, expect, test } from 'vitest'
import { closeAll, startServer } from '@roadmap/test-servers'
import { at, loopback } from '../__fixtures__/link-options.js'
import { check } from '../__fixtures__/check.js'
import { createLinkChecker } from './checker.js'

afterEach(closeAll)

describe('one request per unique URL', () => {
  test('the same URL in three files is one request and one verdict with three places', async () => {
    const server = await startServer((_, response) => {
      response.statusCode = 404
      response.end()
    })
    const url = `${server.origin}/dead`
    const report = await check([at(url, 'a.md'), at(url, 'b.md'), at(`HTTP://127.0.0.1:${server.port}/dead`, 'c.md')])
    expect(server.count('/dead', 'HEAD')).toBe(1)
    expect(report.verdicts).toHaveLength(1)
    expect(report.verdicts[0]?.places.map((place) => place.file)).toEqual(['a.md', 'b.md', 'c.md'])
  })

  test('URLs differing only by fragment share one request', async () => {
    const server = await startServer((_, response) => response.end())
    const report = await check([`${server.origin}/p#one`, `${server.origin}/p#two`, `${server.origin}/p`])
    expect(report.verdicts).toHaveLength(3)
    expect(server.count()).toBe(1)
  })

  test('a check starts when the link is added, before finish()', async () => {
    const server = await startServer((_, response) => response.end())
    const checker = createLinkChecker(loopback)
    checker.add(...at(`${server.origin}/early`))
    await expect.poll(() => server.count('/early')).toBe(1)
    const report = await checker.finish()
    expect(report.summary.ok).toBe(1)
    expect(() => checker.add(...at(`${server.origin}/late`))).toThrow(
      expect.objectContaining({ code: 'ERR_ROADMAP_LINKS_FINISHED' })
    )
  })
})

describe('links never requested', () => {
  test('other schemes, invalid URLs and excluded URLs', async () => {
    const report = await check(
      [
        'ftp://example.com/file',
        'mailto:someone@example.com',
        'https://exa mple.com',
        'https://example.com/private/x',
        'https://Example.com/skip-me'
      ],
      {
        exclude: ['https://example.com/private/', '/skip-me$/']
      }
    )
    expect(report.requests).toBe(0)
    expect(report.verdicts.map((entry) => [entry.url, entry.verdict, entry.reasonCode])).toEqual([
      ['ftp://example.com/file', 'broken', 'unsupported-scheme'],
      ['https://exa mple.com', 'broken', 'invalid-url'],
      ['https://example.com/private/x', 'skipped', 'excluded'],
      ['https://example.com/skip-me', 'skipped', 'excluded'],
      ['mailto:someone@example.com', 'broken', 'unsupported-scheme']
    ])
    expect(report.verdicts.map((entry) => entry.reason)).toEqual([
      'unsupported scheme `ftp:`',
      'not a valid URL',
      'matches an `exclude` pattern',
      'matches an `exclude` pattern',
      'unsupported scheme `mailto:`'
    ])
  })
})
