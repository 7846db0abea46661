import { gzipSync } from 'node:zlib'
import { afterEach, expect, test } from 'vitest'
import { closeAll, startServer } from '@roadmap/test-servers'
import { at, loopback } from '../__fixtures__/link-options.js'
import { createLinkChecker } from './checker.js'

afterEach(closeAll)

const page = `<!doctype html><html><body>
<h2 id="present">Present</h2>
<a name="named"></a>
<div id="user-content-from-github">README heading</div>
<h3 id="installation">Installation</h3>
<meta name="not-an-anchor">
</body></html>`

async function startSite() {
  return startServer((request, response) => {
    const path = request.url ?? ''
    if (path === '/pdf') {
      response.setHeader('content-type', 'application/pdf')
      response.end('%PDF-1.7')
    } else if (path === '/big') {
      response.setHeader('content-type', 'text/html')
      response.end(`${'<p>filler</p>'.repeat(20_000)}<h2 id="late">Late</h2>`)
    } else if (path === '/gzip') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
      response.end(request.method === 'GET' ? gzipSync(page) : undefined)
    } else if (path === '/moved') {
      response.writeHead(301, { location: '/docs' })
      response.end()
    } else {
      response.setHeader('content-type', 'text/html; charset=utf-8')
      response.end(request.method === 'GET' ? page : undefined)
    }
  })
}

test('anchors as id, as name on <a>, and with GitHub’s user-content- prefix; one GET for the page', async () => {
  const server = await startSite()
  const checker = createLinkChecker({ ...loopback, checkFragments: true })
  for (const fragment of ['present', 'named', 'from-github', 'missing', 'instalation', 'not-an-anchor', 'top']) {
    checker.add(...at(`${server.origin}/docs#${fragment}`))
  }
  const report = await checker.finish()
  expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /docs'])
  expect(
    Object.fromEntries(
      report.verdicts.map((entry) => [entry.url.split('#')[1], entry.fragment?.state ?? 'not checked'])
    )
  ).toEqual({
    present: 'found',
    named: 'found',
    'from-github': 'found',
    missing: 'missing',
    instalation: 'missing',
    'not-an-anchor': 'missing',
    top: 'not checked'
  })
  const fragments = report.verdicts.map((entry) => entry.fragment).filter((fragment) => fragment?.state === 'missing')
  expect(fragments).toEqual([
    { id: 'instalation', state: 'missing', suggestion: 'installation' },
    { id: 'missing', state: 'missing' },
    { id: 'not-an-anchor', state: 'missing' }
  ])
})

test('pages that are not HTML, too large to read whole, or compressed', async () => {
  const server = await startSite()
  const checker = createLinkChecker({ ...loopback, checkFragments: true, maxFragmentBytes: 64 * 1024 })
  for (const url of ['/pdf#page=2', '/big#late', '/gzip#present', '/gzip#absent'])
    checker.add(...at(`${server.origin}${url}`))
  const report = await checker.finish()
  expect(
    report.verdicts.map((entry) => [entry.url.slice(server.origin.length), entry.verdict, entry.fragment?.state])
  ).toEqual([
    ['/big#late', 'ok', 'unknown'],
    ['/gzip#absent', 'ok', 'missing'],
    ['/gzip#present', 'ok', 'found'],
    ['/pdf#page=2', 'ok', 'unknown']
  ])
})

test('a fragment on a redirected page is looked up on the final page, and kept in the final URL', async () => {
  const server = await startSite()
  const checker = createLinkChecker({ ...loopback, checkFragments: true })
  checker.add(...at(`${server.origin}/moved#present`))
  const report = await checker.finish()
  expect(report.verdicts[0]).toMatchObject({
    verdict: 'redirected',
    finalUrl: `${server.origin}/docs#present`,
    fragment: { state: 'found' }
  })
})

test('a fragment link added after its page was checked with HEAD still gets its anchor checked', async () => {
  const server = await startSite()
  let checked = 0
  const checker = createLinkChecker({
    ...loopback,
    checkFragments: true,
    onProgress: (progress) => (checked = progress.checked)
  })
  checker.add(...at(`${server.origin}/docs`))
  await expect.poll(() => checked).toBe(1)
  checker.add(...at(`${server.origin}/docs#missing`))
  const report = await checker.finish()
  expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'GET'])
  expect(report.verdicts.find((entry) => entry.url.endsWith('#missing'))?.fragment?.state).toBe('missing')
})

test('without `checkFragments`, fragments are not fetched or checked', async () => {
  const server = await startSite()
  const checker = createLinkChecker(loopback)
  checker.add(...at(`${server.origin}/docs#missing`))
  const report = await checker.finish()
  expect(server.requests.map((request) => request.method)).toEqual(['HEAD'])
  expect(report.verdicts[0]?.fragment).toBeUndefined()
  expect(report.verdicts[0]?.verdict).toBe('ok')
})

test('a hostile page of 1.8 MB of unclosed `<a ` is read for anchors well inside the run’s deadline', async () => {
  // A regular expression over tags took minutes on this page (quadratic), on
  // the checker's thread, so that not even the deadline could end the run.
  const hostile = '<a '.repeat(600_000)
  const server = await startServer((_, response) => {
    response.setHeader('content-type', 'text/html')
    response.end(hostile)
  })
  const checker = createLinkChecker({ ...loopback, checkFragments: true, deadline: 10_000 })
  checker.add(...at(`${server.origin}/hostile#anchor`))
  const report = await checker.finish()
  expect(report.deadlineReached).toBe(false)
  expect(report.verdicts[0]).toMatchObject({ verdict: 'ok', fragment: { id: 'anchor', state: 'missing' } })
})
