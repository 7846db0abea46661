import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { closeAll, startServer, type TestServer } from '@roadmap/test-servers'
import { at, loopback } from '../__fixtures__/link-options.js'
import { createLinkChecker } from './checker.js'
import type { LinkCheckerOptions } from '../options/options.js'
import type { LinkReport } from '../types.js'

let folder: string
let cacheFile: string
let server: TestServer

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'roadmap-links-cache-'))
  cacheFile = join(folder, '.roadmap-lint-cache.json')
  server = await startServer((request, response) => {
    const path = request.url ?? ''
    if (path === '/moved') response.writeHead(301, { location: '/new' })
    else if (path.startsWith('/missing')) response.statusCode = 404
    else response.setHeader('content-type', 'text/html')
    response.end(request.method === 'GET' ? '<h2 id="intro">Intro</h2>' : undefined)
  })
})

afterEach(async () => {
  await closeAll()
  await rm(folder, { recursive: true, force: true })
})

async function check(paths: ReadonlyArray<string>, options: LinkCheckerOptions = {}): Promise<LinkReport> {
  const checker = createLinkChecker({ ...loopback, cacheFile, ...options })
  for (const path of paths) checker.add(...at(`${server.origin}${path}`))
  return checker.finish()
}

async function readCache(): Promise<{
  tool: string
  version: number
  entries: Record<string, { url: string; checkedAt: number }>
}> {
  return JSON.parse(await readFile(cacheFile, 'utf8'))
}

describe('the cache file', () => {
  test('a fresh ok result is reused: no request; a redirected one is asked again every run', async () => {
    const first = await check(['/ok', '/moved'])
    expect(first.requests).toBe(3)
    const requests = server.count()
    const second = await check(['/ok', '/moved'])
    // Only the redirect is sent again (and its target): the run that fixes a link must have seen the redirect itself.
    expect(server.count()).toBe(requests + 2)
    expect(second.requests).toBe(2)
    expect(second.verdicts.map((entry) => [entry.verdict, entry.cached, entry.finalUrl])).toEqual([
      ['redirected', false, `${server.origin}/new`],
      ['ok', true, undefined]
    ])
    expect(second.verdicts[1]).toMatchObject({ reasonCode: 'ok', reason: '200 OK', status: 200 })
    const file = await readCache()
    expect(file).toMatchObject({ tool: 'roadmap-lint/links', version: 3 })
    expect(Object.values(file.entries).map((entry) => entry.url)).toEqual([`${server.origin}/ok`])
  })

  test('an expired entry is checked again', async () => {
    await check(['/ok'])
    const file = await readCache()
    for (const entry of Object.values(file.entries)) entry.checkedAt -= 8 * 24 * 60 * 60 * 1000
    await writeFile(cacheFile, JSON.stringify(file))
    const second = await check(['/ok'])
    expect(second.verdicts[0]).toMatchObject({ verdict: 'ok', cached: false })
    expect(second.requests).toBe(1)
    // The same entry is fresh for a short `cacheMaxAge` only until it passes.
    const third = await check(['/ok'], { cacheMaxAge: 0 })
    expect(third.requests).toBe(1)
  })

  test('failures are not stored as results: they are checked every run (only their history is kept)', async () => {
    await check(['/missing'])
    expect(Object.keys((await readCache()).entries)).toEqual([])
    const second = await check(['/missing'])
    // Found broken twice the same day: not yet confirmed (history.test.ts has the day after).
    expect(second.verdicts[0]).toMatchObject({ verdict: 'unverifiable', reasonCode: 'unconfirmed', cached: false })
    // HEAD, GET (the host's first 404), and the link's `https:` form (a suggestion, were it to answer).
    expect(second.requests).toBe(3)
  })

  test('changing a host header (or its environment variable being set) changes the key; no header value is stored', async () => {
    const withToken = {
      hosts: { '127.0.0.1': { headers: { Authorization: 'Bearer ${TOKEN}' } } },
      env: { TOKEN: 'tok-123456' }
    }
    await check(['/ok'], withToken)
    expect((await check(['/ok'], withToken)).requests).toBe(0)
    expect((await check(['/ok'])).requests).toBe(1)
    const unset = await check(['/ok'], { ...withToken, env: {} })
    expect(unset.requests).toBe(1)
    expect(unset.missingEnv).toEqual(['TOKEN'])
    expect(await readFile(cacheFile, 'utf8')).not.toContain('tok-123456')
  })

  test('a corrupt file is reported once and rebuilt', async () => {
    await writeFile(cacheFile, '{"tool": "roadmap-lint/links", "entr')
    const first = await check(['/ok'])
    expect(first.summary.ok).toBe(1)
    expect(first.cacheProblem).toEqual({
      file: cacheFile,
      operation: 'read',
      message: `Ignoring link cache \`${cacheFile}\`: not valid JSON; it will be rebuilt`
    })
    expect(await readCache()).toMatchObject({ tool: 'roadmap-lint/links', version: 3 })
    const second = await check(['/ok'])
    expect(second.cacheProblem).toBeUndefined()
    expect(second.requests).toBe(0)
  })

  test.each([
    ['another tool’s file', '{"files": []}', 'not a roadmap-lint link cache'],
    ['a list', '[]', 'not a roadmap-lint link cache'],
    [
      'another version',
      '{"tool": "roadmap-lint/links", "version": 1, "entries": {}}',
      'cache version `1`, expected `3`'
    ],
    ['a wrong shape', '{"tool": "roadmap-lint/links", "version": 3, "entries": []}', 'unexpected content at `entries`']
  ])('%s is reported and replaced', async (_, text, why) => {
    await writeFile(cacheFile, text)
    const report = await check(['/ok'])
    expect(report.cacheProblem?.message).toBe(`Ignoring link cache \`${cacheFile}\`: ${why}; it will be rebuilt`)
    expect(await readCache()).toMatchObject({ version: 3 })
  })

  test('the file is replaced atomically (temporary file, then rename) and no temporary file is left', async () => {
    await check(['/ok'])
    const before = await stat(cacheFile)
    await check(['/other'])
    const after = await stat(cacheFile)
    expect(after.ino).not.toBe(before.ino)
    expect(await readdir(folder)).toEqual(['.roadmap-lint-cache.json'])
    expect(Object.keys((await readCache()).entries)).toHaveLength(2)
  })

  test('a cache that cannot be written is a problem, not a crash', async () => {
    await mkdir(cacheFile)
    const report = await check(['/ok'])
    expect(report.summary.ok).toBe(1)
    expect(report.cacheProblem).toMatchObject({ operation: 'read' })
    expect(report.cacheProblem?.message).toMatch(/^Ignoring link cache `.*`: not a regular file; it will be rebuilt$/)
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    const newFolder = await check(['/ok'], { cacheFile: join(folder, 'new-folder', 'cache.json') })
    expect(newFolder.cacheProblem).toBeUndefined()
    await writeFile(join(folder, 'plain-file'), '')
    const unwritable = await check(['/ok'], { cacheFile: join(folder, 'plain-file', 'cache.json') })
    expect(unwritable.cacheProblem).toMatchObject({ operation: 'write' })
    expect(unwritable.cacheProblem?.message).toMatch(
      /^Cannot write link cache `.*` \((ENOTDIR|EEXIST)\); results were not saved$/
    )
  })

  test('fragments found on a page are remembered with it', async () => {
    await check(['/page#intro'], { checkFragments: true })
    const second = await check(['/page#intro'], { checkFragments: true })
    expect(second.requests).toBe(0)
    expect(second.verdicts[0]).toMatchObject({ cached: true, fragment: { id: 'intro', state: 'found' } })
    const other = await check(['/page#other'], { checkFragments: true })
    expect(other.requests).toBe(1)
    expect(other.verdicts[0]?.fragment).toMatchObject({ id: 'other', state: 'missing' })
  })
})
