// The CLI from the attacker's side: a pull request that changes only files of
// the repository (its content, its roadmap-lint.config.json, a cache file)
// must not make the run read or write outside the repository, send the
// runner's environment anywhere, reach private addresses, hide a dead link
// or make --fix write a URL of its choosing. The person running the check
// keeps each of those choices on the command line.
import { readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { closeAll, startServer, type TestServer } from '@roadmap/test-servers'
import {
  quietConfigText,
  resourceMd,
  runCapturing,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'

afterEach(closeAll)
const temporary = useTempDirs()

/** `/fine` and `/new-home` are pages, `/moved` is 301 to `/new-home`, anything else (`/dead`) 404. */
function site(): Promise<TestServer> {
  return startServer((request, response) => {
    if (request.url === '/moved') response.writeHead(301, { location: '/new-home' })
    else if (request.url !== '/fine' && request.url !== '/new-home') response.statusCode = 404
    response.end()
  })
}

/** The paths a site was asked for, but the made-up one the quiet-failure checks ask once per site. */
const pathsAsked = (server: TestServer) =>
  server.requests.map((request) => request.path).filter((path) => !path.includes('roadmap-lint-no-such-page'))

/**
 * A repository at `<base>/repo` whose only step links to `url` in prose, with
 * the config's `links` section as the attacker writes it; `<base>/.bashrc`
 * stands for a file of the user's outside the repository.
 */
async function hostileRepo(url: string, links: Record<string, unknown>, extra: Record<string, string> = {}) {
  const base = await temporary()
  const root = join(base, 'repo')
  const config = { rules: { 'url-insecure': 'off' }, links: { exclude: ['https://example.com/'], ...links } }
  await writeTree(base, { '.bashrc': 'alias ls=ls\n' })
  await writeTree(root, { 'roadmap-lint.config.json': quietConfigText(config), ...extra })
  const step = stepMd(topicMd('REST', resourceMd('Example', 'https://example.com/a')), { intro: `See [it](${url}).` })
  await writeTree(join(root, 'content'), withRoadmaps({ 'backend/01-apis.md': step }))
  return { base, root, bashrc: join(base, '.bashrc') }
}

const online = ['--allow-private-hosts', '-f', 'json']

describe('paths a configuration file names stay inside its folder', () => {
  test.each([
    ['a path up and out', '../.bashrc'],
    ['an absolute path elsewhere', 'BASE/.bashrc']
  ])('%s is refused, naming the key, and nothing is written there', async (_, value) => {
    const server = await site()
    const { base, root, bashrc } = await hostileRepo(`${server.origin}/fine`, { cacheFile: 'PLACEHOLDER' })
    const cacheFile = value.replace('BASE', base)
    const config = JSON.parse(await readFile(join(root, 'roadmap-lint.config.json'), 'utf8'))
    config.links.cacheFile = cacheFile
    await writeFile(join(root, 'roadmap-lint.config.json'), JSON.stringify(config))
    const run = await runCapturing(online, { cwd: root })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `roadmap-lint: Invalid roadmap-lint.config.json:\n  links.cacheFile: Unexpected path \`${cacheFile}\`, expected a path inside \`${root}\` (the folder of the configuration file); use \`--cache-file\` to keep the cache elsewhere\n`
    )
    expect(await readFile(bashrc, 'utf8')).toBe('alias ls=ls\n')
    expect(server.requests).toEqual([])
  })

  test('a symbolic link in the repository that leads out is refused', async () => {
    const server = await site()
    const { base, root, bashrc } = await hostileRepo(`${server.origin}/fine`, { cacheFile: 'cache/.bashrc' })
    await symlink(base, join(root, 'cache'))
    const run = await runCapturing(online, { cwd: root })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('links.cacheFile: Unexpected path `cache/.bashrc`')
    expect(run.stderr).toContain('`cache` is a symbolic link that leads outside')
    expect(await readFile(bashrc, 'utf8')).toBe('alias ls=ls\n')
  })

  test('`--cache-file` is the user’s own choice, anywhere; a path inside the folder is the config’s to name', async () => {
    const server = await site()
    const { base, root } = await hostileRepo(`${server.origin}/fine`, { cacheFile: '.cache/links.json' })
    expect((await runCapturing(online, { cwd: root })).code).toBe(0)
    expect(JSON.parse(await readFile(join(root, '.cache/links.json'), 'utf8'))).toMatchObject({ version: 3 })
    expect((await runCapturing([...online, '--cache-file', join(base, 'mine.json')], { cwd: root })).code).toBe(0)
    expect(JSON.parse(await readFile(join(base, 'mine.json'), 'utf8'))).toMatchObject({ version: 3 })
  })
})

describe('the environment is the user’s to share', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: `${NAME}` is the config's header syntax, not a template
  const secretHeaders = { Authorization: 'Bearer ${RUNNER_SECRET}', 'X-Home': '${HOME}', 'X-Client': 'docs' }

  test('a header reading a variable the user did not allow is refused, each one naming its key; nothing is sent', async () => {
    const server = await site()
    const { root } = await hostileRepo(`${server.origin}/fine`, { hosts: { '127.0.0.1': { headers: secretHeaders } } })
    const run = await runCapturing(online, { cwd: root, env: { RUNNER_SECRET: 's3cr3t', HOME: '/root' } })
    expect(run.code).toBe(2)
    const key = 'links.hosts["127.0.0.1"].headers'
    expect(run.stderr).toBe(
      [
        'roadmap-lint: Invalid roadmap-lint.config.json:',
        `  ${key}.Authorization: Unexpected environment variable \`RUNNER_SECRET\`: a configuration file may only read the variables the person running the check allows; run with \`--allow-env RUNNER_SECRET\` (or \`ROADMAP_LINT_ALLOW_ENV=RUNNER_SECRET\`) to send it to \`127.0.0.1\` over https`,
        `  ${key}.X-Home: Unexpected environment variable \`HOME\`: a configuration file may only read the variables the person running the check allows; run with \`--allow-env HOME\` (or \`ROADMAP_LINT_ALLOW_ENV=HOME\`) to send it to \`127.0.0.1\` over https`,
        ''
      ].join('\n')
    )
    expect(server.requests).toEqual([])
  })

  test.each([
    ['--allow-env', ['--allow-env', 'RUNNER_SECRET', '--allow-env', 'HOME'], {}],
    ['ROADMAP_LINT_ALLOW_ENV', [], { ROADMAP_LINT_ALLOW_ENV: 'RUNNER_SECRET, HOME' }]
  ])('allowed with %s, a variable still never goes over plain http', async (_, flags, allow) => {
    const server = await site()
    const { root } = await hostileRepo(`${server.origin}/fine`, { hosts: { '127.0.0.1': { headers: secretHeaders } } })
    const env = { RUNNER_SECRET: 's3cr3t', HOME: '/root', ...allow }
    const run = await runCapturing([...online, ...flags], { cwd: root, env })
    expect(run).toMatchObject({ code: 0, stdout: '[]\n' })
    expect(server.requests[0]?.headers['x-client']).toBe('docs')
    expect(JSON.stringify(server.requests)).not.toMatch(/s3cr3t|\/root/)
  })
})

test('`links.allowPrivateHosts` in the configuration is refused, naming the key: only the command line allows it', async () => {
  const server = await site()
  const { root } = await hostileRepo(`${server.origin}/fine`, { allowPrivateHosts: true })
  const run = await runCapturing(['-f', 'json'], { cwd: root })
  expect(run.code).toBe(2)
  expect(run.stderr).toBe(
    'roadmap-lint: Invalid roadmap-lint.config.json:\n  links.allowPrivateHosts: Unexpected `allowPrivateHosts` in a configuration file: only the person running the check may allow private addresses, with `--allow-private-hosts`\n'
  )
  expect(server.requests).toEqual([])
})

describe('a planted link cache', () => {
  const plantedCache = (entries: Record<string, unknown>, version = 2) =>
    JSON.stringify({ tool: 'roadmap-lint/links', version, entries })

  test('marking a dead link ok is never read when the user names the cache (as CI does, outside the workspace)', async () => {
    const server = await site()
    const dead = `${server.origin}/dead`
    const forged = plantedCache({
      [`private-none ${dead}`]: { url: dead, reasonCode: 'ok', status: 200, redirects: [], checkedAt: Date.now() }
    })
    const { base, root } = await hostileRepo(
      dead,
      { cacheFile: 'planted.json' },
      {
        'planted.json': forged,
        '.roadmap-lint-cache.json': forged
      }
    )
    const run = await runCapturing([...online, '--cache-file', join(base, 'runner-temp', 'links.json')], { cwd: root })
    // Asked, and reported: as not yet confirmed, since no earlier run found it broken (with
    // `--changed`, as a pull request is checked, a link the change adds is an error at once).
    expect(JSON.parse(run.stdout)).toMatchObject([
      { ruleId: 'link-unverifiable', message: expect.stringMatching(/^Cannot confirm yet that `.*\/dead` is broken/) }
    ])
    expect(server.requests.map((request) => request.path)).toContain('/dead')
    expect(await readFile(join(root, 'planted.json'), 'utf8')).toBe(forged)
  })

  test.each([
    ['of the old format', 1],
    ['of the current format', 2]
  ])('with a forged redirect %s never makes --fix write its target', async (_, version) => {
    const server = await site()
    const url = `${server.origin}/fine`
    const phish = 'https://evil.example/phish'
    const forged = plantedCache(
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
      version
    )
    const { root } = await hostileRepo(url, { cacheFile: 'planted.json' }, { 'planted.json': forged })
    const step = join(root, 'content/backend/01-apis.md')
    const before = await readFile(step, 'utf8')
    const run = await runCapturing([...online, '--fix'], { cwd: root })
    expect(run).toMatchObject({ code: 0, stdout: '[]\n' })
    expect(await readFile(step, 'utf8')).toBe(before)
    expect(pathsAsked(server)).toEqual(['/fine'])
  })

  test('--fix writes the target of a permanent redirect this run was itself sent', async () => {
    const server = await site()
    const { root } = await hostileRepo(`${server.origin}/moved`, {})
    const step = join(root, 'content/backend/01-apis.md')
    // A first run caches what it can; the second, with --fix, must ask again for the redirect.
    expect((await runCapturing(online, { cwd: root })).code).toBe(0)
    const run = await runCapturing([...online, '--fix'], { cwd: root })
    expect(run.stderr).toBe('Fixed 1 problem in 1 file.\n')
    expect(await readFile(step, 'utf8')).toContain(`See [it](${server.origin}/new-home).`)
    expect(server.requests.filter((request) => request.path === '/moved')).toHaveLength(2)
  })
})
