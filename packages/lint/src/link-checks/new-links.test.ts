// `--changed` checks only the links a change adds: a dead link the change did
// not touch (in a changed file, or in a file of the same roadmap) is left to
// the scheduled check of every link. Against a real HTTP server on 127.0.0.1.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { closeAll, startServer, type TestServer } from '@roadmap/test-servers'
import {
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

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' }
    }
  )
}

/** Every path is 404: each link checked is a problem, so the report shows which were checked. */
function deadSite(): Promise<TestServer> {
  return startServer((_, response) => {
    response.statusCode = 404
    response.end()
  })
}

function step(intro: string): string {
  return stepMd(topicMd('REST', resourceMd('Example', 'https://example.com/excluded')), { intro })
}

test('--changed: only the links the change adds are checked, in the files it changed', async () => {
  const server = await deadSite()
  const root = await temporary()
  const link = (path: string) => `[${path}](${server.origin}/${path})`
  await writeTree(root, {
    'roadmap-lint.config.json': JSON.stringify({
      rules: { 'url-insecure': 'off' },
      links: { exclude: ['https://example.com/'] }
    })
  })
  await writeTree(
    join(root, 'content'),
    withRoadmaps({
      'backend/01-basics.md': step(`See ${link('old-dead')}.`),
      'backend/02-apis.md': step(`See ${link('neighbour-dead')}.`)
    })
  )
  git(root, 'init', '--quiet', '-b', 'main')
  git(root, 'add', '.')
  git(root, 'commit', '--quiet', '-m', 'Content')
  git(root, 'checkout', '--quiet', '-b', 'feature')
  await writeTree(join(root, 'content'), {
    'backend/01-basics.md': step(`See ${link('old-dead')} and ${link('new-dead')}.`),
    'backend/03-new.md': step(`See ${link('added-file')}.`)
  })

  // With the link cache, and so with history: a link the change adds is broken at once, not after a second run.
  const cacheFile = join(root, '..', 'links-cache.json')
  const run = await runCapturing(
    ['--changed', 'main', '--allow-private-hosts', '--cache-file', cacheFile, '-f', 'json'],
    {
      cwd: root
    }
  )
  const broken = (JSON.parse(run.stdout) as Array<{ file: string; ruleId: string; message: string }>)
    .filter((problem) => problem.ruleId === 'link-broken')
    .map((problem) => `${problem.file} ${problem.message.match(/\/([a-z-]+)`/)?.[1]}`)
  expect(broken).toEqual(['content/backend/01-basics.md new-dead', 'content/backend/03-new.md added-file'])
  // HEAD, then GET when HEAD fails: two requests per URL, only for the new ones.
  expect([...new Set(server.requests.map((request) => request.path))].sort()).toEqual(['/added-file', '/new-dead'])

  expect(run.code).toBe(1)

  // Without --changed, every link is checked.
  const all = await runCapturing(['--allow-private-hosts', '--no-cache', '-f', 'json'], { cwd: root })
  expect(
    (JSON.parse(all.stdout) as Array<{ ruleId: string }>).filter((problem) => problem.ruleId === 'link-broken')
  ).toHaveLength(4)

  // The scheduled check of every link, with the cache: found broken today, none is confirmed yet (a warning).
  const scheduled = await runCapturing(['--allow-private-hosts', '--cache-file', cacheFile, '-f', 'json'], {
    cwd: root
  })
  expect(
    (JSON.parse(scheduled.stdout) as Array<{ ruleId: string; message: string }>)
      .filter((problem) => problem.ruleId.startsWith('link-'))
      .map((problem) => [problem.ruleId, /^Cannot confirm yet that /.test(problem.message)])
  ).toEqual(Array.from({ length: 4 }, () => ['link-unverifiable', true]))
  expect(scheduled.code).toBe(0)
})
