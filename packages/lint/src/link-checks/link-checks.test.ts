// The online link checker through the CLI, against a real HTTP server on
// 127.0.0.1: problems at every place a URL is used from one request per URL,
// `--fix` of a permanent redirect (and the replay after it, which sends no
// request), `--offline`, and `--shard i/n` splitting the URLs between runs.
// Resources need a domain name, so they use example.com, which the config
// excludes (never requested); the loopback links are prose links, and
// `url-insecure` is off so that `http://` gives no warning of its own.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import {
  resourceMd,
  runCapturing,
  quietConfigText,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'
import { closeAll, startServer, type TestServer } from '@roadmap/test-servers'
import { inShard } from '@roadmap/links'

afterEach(closeAll)
const temporary = useTempDirs()

const config = JSON.stringify({ rules: { 'url-insecure': 'off' }, links: { exclude: ['https://example.com/'] } })
const online = ['--allow-private-hosts', '--no-cache', '-f', 'json']

/** A step whose introduction is `intro` (from line 7) and whose one resource is excluded. */
function step(intro: string, resource: string): string {
  return stepMd(topicMd('REST', resourceMd('Example', `https://example.com/${resource}`)), { intro })
}

async function project(files: Record<string, string>): Promise<string> {
  const root = await temporary()
  await writeTree(root, { 'roadmap-lint.config.json': quietConfigText(JSON.parse(config)) })
  await writeTree(join(root, 'content'), withRoadmaps(files))
  return root
}

/**
 * `/missing` is 404, `/old` and `/moved` are 301 to `/new-home`, `/paren` is
 * 301 to `/wiki/Foo_(bar`; `/fine`, `/new-home`, `/wiki/Foo_…` and
 * `/page/<n>` are pages; anything else is 404, as on most sites (the made-up path the
 * checker asks once per site, to find soft 404s, among them).
 */
function site(): Promise<TestServer> {
  return startServer((request, response) => {
    const path = request.url ?? ''
    if (path === '/old' || path === '/moved') response.writeHead(301, { location: '/new-home' })
    else if (path === '/paren') response.writeHead(301, { location: '/wiki/Foo_(bar' })
    else if (!(path === '/fine' || path === '/new-home' || /^\/(?:wiki\/Foo_|page\/\d+$)/.test(path)))
      response.statusCode = 404
    response.end()
  })
}

/** The made-up path of the quiet-failure checks, as `requests` shows it. */
const madeUp = 'GET /<made-up path>'

interface Problem {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  ruleId: string
  severity: string
  message: string
}

function problems(stdout: string): string[] {
  return (JSON.parse(stdout) as Problem[]).map(
    (problem) =>
      `${problem.file}:${problem.line}:${problem.column}-${problem.endLine}:${problem.endColumn} ${problem.severity} ${problem.ruleId} ${problem.message}`
  )
}

const requests = (server: TestServer) =>
  server.requests
    .map(
      (request) =>
        `${request.method} ${request.path.replace(/^\/roadmap-lint-no-such-page-[0-9a-f]+$/, '/<made-up path>')}`
    )
    .sort()

/** Where to look for a broken link, as the message names it. */
const archived = (url: string) => `; look at \`https://web.archive.org/web/${url}\` (archived copies)`

/** `[text](url)` and the column just after it when it starts a line. */
function link(text: string, url: string): { md: string; end: number } {
  const md = `[${text}](${url})`
  return { md, end: 1 + md.length }
}

describe('the link checker in the CLI', () => {
  test('reports each problem at every place its URL is used, from one check per URL', async () => {
    const server = await site()
    const missing = link('spec', `${server.origin}/missing`)
    const moved = link('guide', `${server.origin}/moved`)
    const ok = link('home', `${server.origin}/fine`)
    const root = await project({
      'backend/01-apis.md': step(`${missing.md} is the spec;\n${ok.md} is fine.`, 'a'),
      'backend/02-rest.md': step(`${moved.md} moved;\n${missing.md} is gone.`, 'b')
    })

    const run = await runCapturing(online, { cwd: root })

    const broken = `error link-broken Unexpected status 404 for \`${server.origin}/missing\`; fix or remove the link${archived(`${server.origin}/missing`)}`
    const redirected = `warning link-redirected Moved permanently: \`${server.origin}/moved\` redirects to \`${server.origin}/new-home\`; use the final URL (fixable with --fix)`
    expect(problems(run.stdout)).toEqual([
      `content/backend/01-apis.md:7:1-7:${missing.end} ${broken}`,
      `content/backend/02-rest.md:7:1-7:${moved.end} ${redirected}`,
      `content/backend/02-rest.md:8:1-8:${missing.end} ${broken}`
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    // One request per URL (a GET confirms the host's first 404), and one made-up path for the site.
    expect(requests(server)).toEqual([
      'GET /<made-up path>',
      'GET /missing',
      'HEAD /fine',
      'HEAD /missing',
      'HEAD /moved',
      'HEAD /new-home'
    ])
  })

  test('--fix rewrites a permanent redirect to the final URL; the replay reports what is left without a request', async () => {
    const server = await site()
    const old = `${server.origin}/old`
    const missing = `${server.origin}/missing`
    const root = await project({
      'backend/01-apis.md': step(`Read [the guide](${old} "Guide") and [the spec](${missing}), twice.`, 'a')
    })
    const path = join(root, 'content/backend/01-apis.md')
    const before = await readFile(path, 'utf8')

    const run = await runCapturing([...online, '--fix'], { cwd: root })

    const fixedLine = `Read [the guide](${server.origin}/new-home "Guide") and [the spec](${missing}), twice.`
    expect(await readFile(path, 'utf8')).toBe(before.replace(/^Read .*$/m, fixedLine))
    // Reported at its place in the fixed text: 5 columns further right (`/old` → `/new-home`).
    const column = fixedLine.indexOf('[the spec]') + 1
    expect(problems(run.stdout)).toEqual([
      `content/backend/01-apis.md:7:${column}-7:${column + `[the spec](${missing})`.length} error link-broken Unexpected status 404 for \`${missing}\`; fix or remove the link${archived(missing)}`
    ])
    expect(run.stderr).toBe('Fixed 1 problem in 1 file.\n')
    expect(run.code).toBe(1)
    // The first pass only: the replay checks `/new-home` in the fixed file against the results it has.
    expect(requests(server)).toEqual([madeUp, 'GET /missing', 'HEAD /missing', 'HEAD /new-home', 'HEAD /old'])
  })

  test('--fix escapes what would end the link; an autolink gets the warning without a fix', async () => {
    const server = await site()
    const root = await project({
      'backend/01-apis.md': step(`See [the page](${server.origin}/paren) or <${server.origin}/moved>.`, 'a')
    })
    const path = join(root, 'content/backend/01-apis.md')
    const before = await readFile(path, 'utf8')

    const run = await runCapturing([...online, '--fix'], { cwd: root })

    expect(await readFile(path, 'utf8')).toBe(
      before.replace(`${server.origin}/paren`, `${server.origin}/wiki/Foo_%28bar`)
    )
    expect(problems(run.stdout).map((problem) => problem.replace(/^\S+ /, ''))).toEqual([
      `warning link-redirected Moved permanently: \`${server.origin}/moved\` redirects to \`${server.origin}/new-home\`; use the final URL`
    ])
    expect(run.stderr).toBe('Fixed 1 problem in 1 file.\n')
    // The fixed link still reads as a link to the same page: linted again, it is ok.
    expect(
      problems((await runCapturing(online, { cwd: root })).stdout).filter((problem) => problem.includes('Foo_'))
    ).toEqual([])
  })

  test('--offline sends no request and reports no link problem', async () => {
    const server = await site()
    const root = await project({
      'backend/01-apis.md': step(`[spec](${server.origin}/missing) and [guide](${server.origin}/old).`, 'a')
    })
    expect(
      await runCapturing(['--offline', '--allow-private-hosts', '--no-cache', '-f', 'json'], { cwd: root })
    ).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr:
        'roadmap-lint: `--no-cache` and `--allow-private-hosts` have no effect with `--offline`, which checks no links.\n'
    })
    expect(server.requests).toEqual([])
  })

  test('--shard 1/2 and 2/2 together check every URL once', async () => {
    const server = await site()
    const paths = Array.from({ length: 10 }, (_, index) => `/page/${index}`)
    const root = await project({
      'backend/01-apis.md': step(
        paths
          .slice(0, 5)
          .map((path) => `[page](${server.origin}${path})`)
          .join('\n'),
        'a'
      ),
      'backend/02-rest.md': step(paths.map((path) => `[page](${server.origin}${path})`).join('\n'), 'b')
    })
    const seen: string[][] = []
    for (const shard of [1, 2]) {
      const from = server.requests.length
      const run = await runCapturing([...online, '--shard', `${shard}/2`], { cwd: root })
      expect(run).toEqual({ code: 0, stdout: '[]\n', stderr: '' })
      seen.push(
        server.requests
          .slice(from)
          .map((request) => `${request.method} ${request.path}`)
          .filter((request) => !request.includes('roadmap-lint-no-such-page'))
          .sort()
      )
      const expected = paths.filter((path) => inShard(`${server.origin}${path}`, { index: shard, count: 2 }))
      expect(seen.at(-1)).toEqual(expected.map((path) => `HEAD ${path}`).sort())
    }
    expect(seen.flat().sort()).toEqual(paths.map((path) => `HEAD ${path}`).sort())
  })
})
