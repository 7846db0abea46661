// End to end: the built bin in a child process, as contributors and CI run it.
// It runs `dist/`, so build first (`pnpm build`; `pnpm test` does it for you).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { closeAll, startServer, type TestServer } from '@roadmap/test-servers'
import {
  quietConfigText,
  resourceMd,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from './helpers/content.js'

const run = promisify(execFile)
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repository = resolve(packageRoot, '../..')
const bin = join(packageRoot, 'dist', 'cli', 'bin.js')
const temporary = useTempDirs()
const [major = 0] = process.versions.node.split('.').map(Number)

interface BinRun {
  code: number
  stdout: string
  stderr: string
}

/** Run `roadmap-lint` with only the environment given (and PATH). */
async function roadmapLint(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
  command = [process.execPath, bin]
): Promise<BinRun> {
  const [file = '', ...args] = command
  try {
    const { stdout, stderr } = await run(file, [...args, ...argv], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env }
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    if (typeof failed.code !== 'number') throw error
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

async function project(files: Record<string, string>, extra: Record<string, string> = {}): Promise<string> {
  const root = await temporary()
  // A test's own config is quieted when it is JSON, and kept as written when it is code.
  const ownConfig = Object.keys(extra).some((name) => name.startsWith('roadmap-lint.config.'))
  const json = extra['roadmap-lint.config.json']
  await writeTree(root, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    ...(ownConfig ? {} : { 'roadmap-lint.config.json': quietConfigText() }),
    ...extra,
    ...(json === undefined ? {} : { 'roadmap-lint.config.json': quietConfigText(JSON.parse(json)) })
  })
  await writeTree(join(root, 'content'), withRoadmaps(files))
  return root
}

const clean = { 'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/'))) }
const broken = { 'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('Short', 'https://bit.ly/abc'))) }

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first`)
})

describe('the roadmap-lint bin', () => {
  test('exit 0 for clean content, saying how many files were checked', async () => {
    expect(await roadmapLint(['--offline'], await project(clean))).toEqual({
      code: 0,
      stdout: '✔ No problems in 2 files\n',
      stderr: ''
    })
  })

  test('exit 1 and a report for an error', async () => {
    const result = await roadmapLint(['--offline'], await project(broken))
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^content\/backend\/01-apis\.md\n {2}13:3 {2}error +Unexpected URL shortener `bit\.ly`/
    )
    expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings)')
    expect(result.stdout).not.toContain('\u001b[')
  })

  test('FORCE_COLOR colours the report on a pipe', async () => {
    expect((await roadmapLint(['--offline'], await project(broken), { FORCE_COLOR: '1' })).stdout).toContain('\u001b[')
  })

  test('exit 2 for an unknown flag', async () => {
    const result = await roadmapLint(['--offline', '--nope'], await project(clean))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("roadmap-lint: Unknown option '--nope'")
  })

  test('--version', async () => {
    const { version } = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8')) as { version: string }
    expect(await roadmapLint(['--version'], await temporary())).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  test('a JS config is loaded by Node itself', async () => {
    const root = await project(broken, {
      'roadmap-lint.config.js':
        "export default { rules: { 'url-shortener': 'off', 'review-date': 'off', spelling: 'off' } }\n"
    })
    expect(await roadmapLint(['--offline'], root)).toEqual({
      code: 0,
      stdout: '✔ No problems in 2 files\n',
      stderr: ''
    })
  })

  test.runIf(major === 20)('a TS config on Node 20 is exit 2, saying what to use instead', async () => {
    const root = await project(clean, {
      'roadmap-lint.config.ts': 'const config: object = {}\nexport default config\n'
    })
    const result = await roadmapLint(['--offline'], root)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^roadmap-lint: Cannot load config file `roadmap-lint\.config\.ts`: .*; TypeScript config files need Node\.js 22\.18 or later, use `roadmap-lint\.config\.js` or `\.json` on this version\n$/
    )
  })

  test('`pnpm exec roadmap-lint` works from the repository root', async () => {
    expect(
      await roadmapLint(['--offline', 'content'], repository, { HOME: process.env.HOME ?? '' }, [
        'pnpm',
        'exec',
        'roadmap-lint'
      ])
    ).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^✔ No problems in \d+ files\n$/),
      stderr: ''
    })
  })
})

// The link checker runs on a thread of its own in the built CLI (the
// `LinkCheckerThread` of @roadmap/links); the in-process tests cannot start it.
describe('the roadmap-lint bin checking links', { timeout: 30_000 }, () => {
  afterEach(closeAll)
  const online = ['--allow-private-hosts', '--no-cache', '-f', 'json']
  const config = JSON.stringify({ rules: { 'url-insecure': 'off' }, links: { exclude: ['https://example.com/'] } })

  /**
   * `/fine` and `/new-home` are pages, `/old` is 301 to `/new-home`, anything
   * else (`/missing`, the made-up path the checker asks once per site to find
   * soft 404s) is 404, as on most sites.
   */
  function site() {
    return startServer((request, response) => {
      if (request.url === '/old') response.writeHead(301, { location: '/new-home' })
      else if (request.url !== '/fine' && request.url !== '/new-home') response.statusCode = 404
      response.end()
    })
  }

  /** The requests a site was sent, but the one for its made-up path. */
  const asked = (server: TestServer) =>
    server.requests.filter((request) => !request.path.includes('roadmap-lint-no-such-page'))

  function step(intro: string, resource: string): string {
    return stepMd(topicMd('REST', resourceMd('Example', `https://example.com/${resource}`)), { intro })
  }

  test('checks every link once on its thread and reports every place', async () => {
    const links = (await import('@roadmap/links')) as { linkCheckerThreadAvailable: boolean }
    expect(links.linkCheckerThreadAvailable).toBe(true)
    const server = await site()
    const moved = `[spec](${server.origin}/missing) and [guide](${server.origin}/old).`
    const root = await project(
      {
        'backend/01-apis.md': step(`[spec](${server.origin}/missing) and [home](${server.origin}/fine).`, 'a'),
        'backend/02-rest.md': step(moved, 'b')
      },
      { 'roadmap-lint.config.json': config }
    )
    const result = await roadmapLint(online, root)
    const problems = (
      JSON.parse(result.stdout) as Array<{ file: string; line: number; column: number; ruleId: string }>
    ).map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.ruleId}`)
    expect(problems).toEqual([
      'content/backend/01-apis.md:7:1 link-broken',
      'content/backend/02-rest.md:7:1 link-broken',
      `content/backend/02-rest.md:7:${moved.indexOf('[guide]') + 1} link-redirected`
    ])
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' })
    expect(
      asked(server)
        .map((request) => `${request.method} ${request.path}`)
        .sort()
    ).toEqual(['GET /missing', 'HEAD /fine', 'HEAD /missing', 'HEAD /new-home', 'HEAD /old'])
  })

  test('--fix rewrites a redirected link from the results of the thread', async () => {
    const server = await site()
    const root = await project(
      { 'backend/01-apis.md': step(`[guide](${server.origin}/old) moved.`, 'a') },
      { 'roadmap-lint.config.json': config }
    )
    const result = await roadmapLint([...online, '--fix'], root)
    expect(result).toEqual({ code: 0, stdout: '[]\n', stderr: 'Fixed 1 problem in 1 file.\n' })
    expect(await readFile(join(root, 'content/backend/01-apis.md'), 'utf8')).toContain(
      `[guide](${server.origin}/new-home) moved.`
    )
  })

  test('a configuration error is exit 2 at once: the started thread does not keep the process alive', async () => {
    const root = await project(clean, { 'roadmap-lint.config.json': '{ "rules": { "no-such-rule": "error" } }' })
    // The process ends by itself: a thread left running would keep it alive until the test times out.
    const result = await roadmapLint(online, root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^roadmap-lint: Invalid roadmap-lint.config.json:\n.*Unknown rule `no-such-rule`/)
  })

  test('the variables a header may read cross to the thread only when allowed, and never over plain http', async () => {
    const server = await site()
    const hostile = JSON.stringify({
      rules: { 'url-insecure': 'off' },
      links: {
        exclude: ['https://example.com/'],
        // biome-ignore lint/suspicious/noTemplateCurlyInString: `${NAME}` is the config's header syntax, not a template
        hosts: { '127.0.0.1': { headers: { Authorization: 'Bearer ${RUNNER_SECRET}', 'X-Client': 'docs' } } }
      }
    })
    const root = await project(
      { 'backend/01-apis.md': step(`[home](${server.origin}/fine).`, 'a') },
      { 'roadmap-lint.config.json': hostile }
    )
    const refused = await roadmapLint(online, root, { RUNNER_SECRET: 's3cr3t' })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('links.hosts["127.0.0.1"].headers.Authorization: Unexpected environment variable')
    expect(server.requests).toEqual([])
    const allowed = await roadmapLint([...online, '--allow-env', 'RUNNER_SECRET'], root, { RUNNER_SECRET: 's3cr3t' })
    expect(allowed).toEqual({ code: 0, stdout: '[]\n', stderr: '' })
    expect(asked(server).map((request) => request.headers['x-client'])).toEqual(['docs'])
    expect(JSON.stringify(server.requests)).not.toContain('s3cr3t')
  })

  test('an error after checking started is exit 2 at once: the thread is stopped', async () => {
    const root = await project(clean)
    // As above: the process ends by itself.
    const result = await roadmapLint([...online, 'no-such-folder'], root)
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' })
    expect(result.stderr).toMatch(/^roadmap-lint: Cannot find `.*no-such-folder`/)
  })
})
