import { afterEach, describe, expect, test } from 'vitest'
import { closeAll, startServer } from '@roadmap/test-servers'
import { failingDns, fakeDns } from '../__fixtures__/link-options.js'
import { check } from '../__fixtures__/check.js'
import type { LinkProgress } from '../types.js'

afterEach(closeAll)

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('network unreachable', () => {
  test('when every lookup fails, the report says so once instead of reporting each link', async () => {
    const urls = Array.from({ length: 6 }, (_, n) => `https://site${n}.example/page`)
    const lookups: string[] = []
    const fail = failingDns('EAI_AGAIN')
    const lookup: typeof fail = (hostname, ...rest) => {
      lookups.push(hostname)
      return fail(hostname, ...rest)
    }
    const report = await check(urls, { lookup, retryDelay: 1_000 })
    // No link is retried once the network is known to be down: one lookup per host at most.
    expect(lookups.length).toBeLessThanOrEqual(6)
    expect(new Set(lookups).size).toBe(lookups.length)
    expect(report.networkUnreachable).toEqual({ skipped: 6 })
    expect(
      report.verdicts.every((entry) => entry.verdict === 'skipped' && entry.reasonCode === 'network-unreachable')
    ).toBe(true)
    expect(report.summary.skipped).toBe(6)
  })

  test('ENOTFOUND for every name is the network too', async () => {
    const urls = Array.from({ length: 4 }, (_, n) => `https://site${n}.example/`)
    const report = await check(urls, { lookup: failingDns('ENOTFOUND') })
    expect(report.networkUnreachable).toEqual({ skipped: 4 })
  })

  test('a slow answer after the failures brings the network back up; links held back are checked', async () => {
    const server = await startServer(async (request, response) => {
      if (request.url === '/slow') await delay(300)
      response.end()
    })
    const dns = fakeDns({ 'ok.test': '127.0.0.1' })
    const urls = [
      `http://ok.test:${server.port}/slow`,
      'https://a.example/',
      'https://b.example/',
      'https://c.example/',
      `http://ok.test:${server.port}/later`
    ]
    const report = await check(urls, {
      concurrency: 4,
      lookup: (name) => (name === 'ok.test' ? dns(name) : failingDns('EAI_AGAIN')(name))
    })
    expect(report.networkUnreachable).toBeUndefined()
    expect(
      Object.fromEntries(
        report.verdicts.map((entry) => [
          entry.url.replace(String(server.port), 'PORT'),
          [entry.verdict, entry.reasonCode]
        ])
      )
    ).toEqual({
      'http://ok.test:PORT/slow': ['ok', 'ok'],
      'http://ok.test:PORT/later': ['ok', 'ok'],
      'https://a.example/': ['unverifiable', 'dns'],
      'https://b.example/': ['unverifiable', 'dns'],
      'https://c.example/': ['unverifiable', 'dns']
    })
  })

  test('one unknown host among answering ones is a broken link', async () => {
    const server = await startServer((_, response) => response.end())
    const report = await check([`${server.origin}/fine`, 'https://nope.example/', 'https://gone.example/'], {
      lookup: fakeDns({ '127.0.0.1': '127.0.0.1' })
    })
    expect(report.networkUnreachable).toBeUndefined()
    expect(report.verdicts.filter((entry) => entry.verdict === 'broken').map((entry) => entry.reason)).toEqual([
      'unknown host `gone.example`',
      'unknown host `nope.example`'
    ])
  })
})

test('progress: each unique URL is counted once, and the last call has checked === total', async () => {
  const server = await startServer((_, response) => response.end())
  const calls: LinkProgress[] = []
  const report = await check([`${server.origin}/1`, `${server.origin}/2`, `${server.origin}/2`, 'ftp://x/'], {
    onProgress: (progress) => calls.push(progress)
  })
  expect(report.verdicts).toHaveLength(3)
  expect(calls.at(-1)).toMatchObject({ checked: 3, total: 3, startedAt: report.startedAt })
  expect(calls.every((call) => call.checked <= call.total)).toBe(true)
})
