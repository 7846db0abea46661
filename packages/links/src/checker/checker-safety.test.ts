import { afterEach, describe, expect, test } from 'vitest'
import { closeAll, startServer } from '@roadmap/test-servers'
import { at, fakeDns, loopback } from '../__fixtures__/link-options.js'
import { createLinkChecker } from './checker.js'
import type { LinkCheckerOptions } from '../options/options.js'
import type { LinkReport } from '../types.js'

afterEach(closeAll)

// Like the tests against loopback servers, but with the default safety: no private addresses.
const safe: LinkCheckerOptions = { ...loopback, allowPrivateHosts: false }

async function check(urls: ReadonlyArray<string>, options: LinkCheckerOptions = {}): Promise<LinkReport> {
  const checker = createLinkChecker({ ...safe, ...options })
  for (const url of urls) checker.add(...at(url))
  return checker.finish()
}

describe('private addresses are refused by default', () => {
  test('a 127.0.0.1 literal, `localhost`, and `[::ffff:127.0.0.1]` never reach the server', async () => {
    const server = await startServer((_, response) => response.end())
    const report = await check([
      `http://127.0.0.1:${server.port}/literal`,
      `http://localhost:${server.port}/name`,
      `http://[::ffff:127.0.0.1]:${server.port}/mapped`
    ])
    expect(server.count()).toBe(0)
    expect(
      report.verdicts.map((entry) => [entry.url.replace(String(server.port), 'PORT'), entry.verdict, entry.reason])
    ).toEqual([
      ['http://127.0.0.1:PORT/literal', 'broken', 'refused: private address 127.0.0.1'],
      ['http://[::ffff:7f00:1]:PORT/mapped', 'broken', 'refused: private address ::ffff:127.0.0.1'],
      ['http://localhost:PORT/name', 'broken', 'refused: private address 127.0.0.1']
    ])
    expect(report.verdicts.every((entry) => entry.attempts <= 1)).toBe(true)
    expect(report.verdicts[0]).toMatchObject({ verdict: 'broken', reasonCode: 'private-address' })
  })

  test('a name that resolves to the cloud metadata address is refused before connecting', async () => {
    let resolved = 0
    const dns = fakeDns({ 'metadata.test': '169.254.169.254' })
    const report = await check(['http://metadata.test/latest/meta-data/'], {
      lookup: async (name) => {
        resolved++
        return dns(name)
      }
    })
    expect(resolved).toBe(1)
    expect(report.verdicts[0]).toMatchObject({
      verdict: 'broken',
      reasonCode: 'private-address',
      reason: 'refused: private address 169.254.169.254'
    })
  })

  test('literal private, link-local, CGNAT, multicast and unspecified addresses are refused without a lookup', async () => {
    const urls = [
      'http://10.1.2.3/',
      'http://192.168.0.1/',
      'http://169.254.169.254/',
      'http://100.64.0.1/',
      'http://224.0.0.1/',
      'http://0.0.0.0/',
      'http://[::1]/',
      'http://[fe80::1]/',
      'http://[fd00::1]/',
      'http://2130706433/'
    ]
    const report = await check(urls, { lookup: () => Promise.reject(new Error('no lookup expected')) })
    expect(report.requests).toBe(0)
    expect(report.verdicts.map((entry) => entry.reason)).toEqual([
      'refused: private address 0.0.0.0',
      'refused: private address 10.1.2.3',
      'refused: private address 100.64.0.1',
      'refused: private address 127.0.0.1',
      'refused: private address 169.254.169.254',
      'refused: private address 192.168.0.1',
      'refused: private address 224.0.0.1',
      'refused: private address ::1',
      'refused: private address fd00::1',
      'refused: private address fe80::1'
    ])
  })

  test('a redirect from an allowed host to a private address is refused', async () => {
    const server = await startServer((request, response) => {
      if (request.url === '/to-loopback')
        response.writeHead(302, { location: `http://127.0.0.1:${server.port}/secret` })
      else if (request.url === '/to-metadata') response.writeHead(301, { location: 'http://metadata.test/latest/' })
      else if (request.url === '/to-mapped')
        response.writeHead(307, { location: `http://[::ffff:7f00:1]:${server.port}/secret` })
      response.end()
    })
    const origin = `http://allowed.test:${server.port}`
    const report = await check([`${origin}/to-loopback`, `${origin}/to-metadata`, `${origin}/to-mapped`], {
      allowPrivateHosts: ['allowed.test'],
      lookup: fakeDns({ 'allowed.test': '127.0.0.1', 'metadata.test': '169.254.169.254' })
    })
    expect(server.count('/secret')).toBe(0)
    expect(report.verdicts.map((entry) => [entry.url.slice(origin.length), entry.verdict, entry.reason])).toEqual([
      ['/to-loopback', 'broken', 'refused: private address 127.0.0.1'],
      ['/to-mapped', 'broken', 'refused: private address ::ffff:127.0.0.1'],
      ['/to-metadata', 'broken', 'refused: private address 169.254.169.254']
    ])
  })

  test('`allowPrivateHosts: true` turns the refusal off', async () => {
    const server = await startServer((_, response) => response.end())
    const report = await check([`http://127.0.0.1:${server.port}/`, `http://localhost:${server.port}/`], {
      allowPrivateHosts: true
    })
    expect(report.summary.ok).toBe(2)
  })
})

test('a redirect to another scheme is broken', async () => {
  const server = await startServer((_, response) => {
    response.writeHead(302, { location: 'file:///etc/passwd' })
    response.end()
  })
  const report = await check([`${server.origin}/`], { allowPrivateHosts: true })
  expect(report.verdicts[0]).toMatchObject({ verdict: 'broken', reason: 'redirect to unsupported scheme `file:`' })
})
