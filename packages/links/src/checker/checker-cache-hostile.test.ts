// The link cache from the attacker's side: a file planted in a checkout (or
// left by a hostile run) can only ever spare a request that would have said
// `ok`; it can never hide a dead link, a refused address or a redirect, nor
// make the checker read or write anything but a regular file of its own.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, stat, symlink, truncate, writeFile, lstat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { closeAll, startServer, type TestServer } from '@roadmap/test-servers'
import { at, fakeDns, loopback } from '../__fixtures__/link-options.js'
import { maxCacheBytes } from '../cache/cache-format.js'
import { createLinkChecker } from './checker.js'
import type { LinkCheckerOptions } from '../options/options.js'
import type { LinkReport } from '../types.js'

let folder: string
let cacheFile: string
let server: TestServer

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'roadmap-links-hostile-cache-'))
  cacheFile = join(folder, '.roadmap-lint-cache.json')
  server = await startServer((request, response) => {
    if (request.url === '/dead') response.statusCode = 404
    response.end()
  })
})

afterEach(async () => {
  await closeAll()
  await rm(folder, { recursive: true, force: true })
})

/**
 * Check `path` with the planted file. `confirmAfter: 0`: every failure is
 * `broken` at once, so that what a request finds is what each test sees
 * (the first failure of a URL with no history is otherwise `unconfirmed`);
 * planted history has tests of its own below.
 */
async function check(path: string, options: LinkCheckerOptions = {}): Promise<LinkReport> {
  const checker = createLinkChecker({ ...loopback, cacheFile, confirmAfter: 0, ...options })
  checker.add(...at(`${server.origin}${path}`))
  return checker.finish()
}

/** A cache file as an attacker writes it: `entries` keyed as the checker keys them on loopback. */
async function plant(
  entries: Record<string, unknown>,
  version = 3,
  history: Record<string, unknown> = {}
): Promise<void> {
  await writeFile(cacheFile, JSON.stringify({ tool: 'roadmap-lint/links', version, entries, history }))
}

const okEntry = (url: string, fields: Record<string, unknown> = {}) => ({
  url,
  reasonCode: 'ok',
  status: 200,
  redirects: [],
  checkedAt: Date.now(),
  ...fields
})

describe('a planted entry marking a dead loopback URL `ok`', () => {
  test.each([
    ['checked in the future (a longer life than the run allows)', { checkedAt: Date.now() + 365 * 86_400_000 }],
    ['checked longer ago than this run’s `cacheMaxAge`', { checkedAt: Date.now() - 2 * 86_400_000 }],
    ['with a status that is not ok', { status: 404 }],
    ['with an `accepted` status the host does not accept', { reasonCode: 'accepted', status: 404 }],
    ['with a permanent redirect in its chain', { redirects: [{ url: 'URL', status: 301, to: 'https://a.example/' }] }],
    [
      'with redirects that do not start at the URL',
      { redirects: [{ url: 'https://a.example/', status: 302, to: 'URL' }] }
    ],
    ['with a field the checker never writes', { verdict: 'ok' }],
    ['with a reason of its own', { reason: '200 OK' }]
  ])('%s is not believed: the link is requested and reported broken', async (_, fields) => {
    const url = `${server.origin}/dead`
    const entry = JSON.parse(JSON.stringify(okEntry(url, fields)).replaceAll('"URL"', JSON.stringify(url)))
    await plant({ [`private-none ${url}`]: entry })
    const report = await check('/dead', { cacheMaxAge: 86_400_000 })
    expect(report.verdicts[0]).toMatchObject({ verdict: 'broken', status: 404, cached: false })
    expect(server.requests.map((request) => request.path)).toContain('/dead')
  })

  test('under the key of another URL, it is dropped, named in the report, and the rest of the file is kept', async () => {
    const dead = `${server.origin}/dead`
    await plant({
      [`private-none ${dead}`]: okEntry(`${server.origin}/ok`),
      [`private-none ${server.origin}/ok`]: okEntry(`${server.origin}/ok`)
    })
    const report = await check('/dead')
    expect(report.verdicts[0]).toMatchObject({ verdict: 'broken', cached: false })
    expect(report.cacheProblem?.message).toBe(
      `Ignoring 1 entry of link cache \`${cacheFile}\` (\`${dead}\`: its key does not match its URL); it is checked again`
    )
    expect((await check('/ok')).verdicts[0]).toMatchObject({ verdict: 'ok', cached: true })
  })

  test('a literal private address stays refused in a run that refuses them, whatever the file says', async () => {
    const url = 'http://10.0.0.1/'
    await plant({ [`none ${url}`]: okEntry(url) })
    const checker = createLinkChecker({ cacheFile, lookup: fakeDns({}), checkQuietFailures: false })
    checker.add(...at(url))
    const report = await checker.finish()
    expect(report.verdicts[0]).toMatchObject({ verdict: 'broken', reasonCode: 'private-address', cached: false })
  })

  test('results of a run that allowed private addresses are kept apart from runs that do not', async () => {
    await check('/ok')
    const file = JSON.parse(await readFile(cacheFile, 'utf8')) as { entries: object }
    expect(Object.keys(file.entries)).toEqual([`private-none ${server.origin}/ok`])
  })
})

describe('a forged redirect never reaches a verdict', () => {
  const phish = 'https://evil.example/phish'

  test('a `redirected` entry of the old format is ignored with its file', async () => {
    const url = `${server.origin}/ok`
    await plant(
      {
        [`private-none ${url}`]: {
          url,
          outcome: 'redirected',
          reasonCode: 'moved-permanently',
          reason: '301 Moved Permanently',
          status: 200,
          finalUrl: phish,
          redirects: [{ url, status: 301, to: phish }],
          checkedAt: Date.now()
        }
      },
      1
    )
    const report = await check('/ok')
    expect(report.verdicts[0]).toMatchObject({ verdict: 'ok', cached: false })
    expect(report.verdicts[0]?.finalUrl).toBeUndefined()
    expect(report.cacheProblem?.message).toContain('cache version `1`, expected `3`')
    expect(await readFile(cacheFile, 'utf8')).not.toContain('evil.example')
  })

  test('a `redirected` entry in a current file is dropped: the link is asked, and says ok', async () => {
    const url = `${server.origin}/ok`
    await plant({ [`private-none ${url}`]: okEntry(url, { outcome: 'redirected', finalUrl: phish }) })
    const report = await check('/ok')
    expect(report.verdicts[0]).toMatchObject({ verdict: 'ok', cached: false, redirects: [] })
    expect(JSON.stringify(report)).not.toContain('evil.example')
  })
})

describe('the file itself', () => {
  test('a symbolic link (to /dev/zero, or to a file of the user’s) is neither read nor written through', async () => {
    const target = join(folder, 'bashrc')
    await writeFile(target, 'export SECRET=1\n')
    await symlink(target, cacheFile)
    const report = await check('/ok')
    expect(report.cacheProblem?.message).toBe(
      `Ignoring link cache \`${cacheFile}\`: it is a symbolic link, expected a file; it will be rebuilt`
    )
    expect(await readFile(target, 'utf8')).toBe('export SECRET=1\n')
    // The rename replaced the link itself.
    expect((await lstat(cacheFile)).isFile()).toBe(true)

    await rm(cacheFile)
    await symlink('/dev/zero', cacheFile)
    expect((await check('/ok')).cacheProblem?.message).toContain('it is a symbolic link')
  })

  test.skipIf(process.platform === 'win32')('a FIFO is not waited on', async () => {
    execFileSync('mkfifo', [cacheFile])
    const report = await check('/ok')
    expect(report.cacheProblem?.message).toBe(
      `Ignoring link cache \`${cacheFile}\`: not a regular file; it will be rebuilt`
    )
    expect((await stat(cacheFile)).isFile()).toBe(true)
  })

  test('a file larger than the cap is not read', async () => {
    await writeFile(cacheFile, '')
    await truncate(cacheFile, maxCacheBytes + 1)
    const report = await check('/ok')
    expect(report.cacheProblem?.message).toBe(
      `Ignoring link cache \`${cacheFile}\`: larger than 64 MiB; it will be rebuilt`
    )
  })
})
