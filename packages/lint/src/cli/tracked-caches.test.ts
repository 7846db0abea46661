// A pull request that commits a cache file: the CLI refuses it (exit 2)
// before reading it, whichever cache and however its path is given.
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import {
  resourceMd,
  runCapturing,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'
import { git } from '../../test/helpers/git.js'
import { recordLine } from '../cache/cache-records.js'
import { isTrackedByGit } from '../git/tracked.js'

const temporary = useTempDirs()

/** A repository whose one problem is a URL shortener. */
async function repository(): Promise<string> {
  const root = await temporary()
  await writeTree(
    join(root, 'content'),
    withRoadmaps({ 'backend/01-basics.md': stepMd(topicMd('Types', resourceMd('Short', 'https://bit.ly/abc'))) })
  )
  git(root, 'init', '--quiet', '-b', 'main')
  return root
}

async function commit(root: string, ...paths: string[]): Promise<void> {
  git(root, 'add', '--force', ...paths)
  git(root, 'commit', '--quiet', '-m', 'A pull request')
}

const offline = ['--offline', '-f', 'json']
const online = ['--allow-private-hosts', '--timeout', '500', '-f', 'json']

test('a content cache committed to the repository is refused, with what to do: exit 2, nothing read', async () => {
  const root = await repository()
  const clean = await runCapturing(offline, { cwd: root })
  expect(clean.code).toBe(1)
  // The attack: a cache from the run, with the file's messages taken out and its checksum made anew.
  const cacheFile = join(root, '.roadmap-lint-content-cache')
  const [header = '', ...records] = (await readFile(cacheFile, 'utf8')).split('\n').filter(Boolean)
  const forged = records.map((line) => {
    const record = JSON.parse(line)
    return recordLine(JSON.parse(header).key, { ...record, result: { ...record.result, messages: [] } })
  })
  await writeFile(cacheFile, `${[header, ...forged].join('\n')}\n`)
  await commit(root, '.')
  const refused = await runCapturing(offline, { cwd: root })
  expect(refused).toEqual({
    code: 2,
    stdout: '',
    stderr:
      'roadmap-lint: Unexpected content cache `.roadmap-lint-content-cache` tracked by git, expected a file that git ignores: a cache from the repository could hide problems, so it is never used. Untrack it with `git rm --cached .roadmap-lint-content-cache`, add it to `.gitignore` and delete it (the next run writes it anew)\n'
  })
  git(root, 'rm', '--quiet', '--cached', '.roadmap-lint-content-cache')
  await rm(cacheFile)
  expect(await runCapturing(offline, { cwd: root })).toEqual(clean)
})

test('also when named by --content-cache, from a subfolder, or with an odd name', async () => {
  const root = await repository()
  await writeTree(root, { 'caches/my cache*': 'planted', 'caches/other': 'untracked' })
  await commit(root, 'caches/my cache*')
  const named = await runCapturing([...offline, '--content-cache', 'caches/my cache*'], { cwd: root })
  expect(named.code).toBe(2)
  expect(named.stderr).toContain("`git rm --cached 'caches/my cache*'`")
  // `*` is no pattern: the untracked file beside it is used.
  const other = await runCapturing([...offline, '--content-cache', 'caches/other'], { cwd: root })
  expect(other.code).toBe(1)
  expect(other.stderr).toMatch(/ignoring the content cache/)
  await rm(join(root, '.roadmap-lint-content-cache'), { force: true })
  const fromContent = await runCapturing([...offline, '--content-cache', '../caches/my cache*', '.'], {
    cwd: join(root, 'content')
  })
  expect(fromContent.code).toBe(2)
  expect(fromContent.stderr).toContain('`../caches/my cache*`')
})

test('a link cache committed to the repository is refused, at its default path or the one the config names', async () => {
  // Only a prose link to a closed loopback port is checked: a run that does check links never leaves the machine.
  const root = await temporary()
  await writeTree(
    join(root, 'content'),
    withRoadmaps({
      'backend/01-basics.md': stepMd(topicMd('Types', resourceMd('MDN', 'https://developer.mozilla.org/')), {
        intro: 'See [the spec](http://127.0.0.1:9/spec).'
      })
    })
  )
  await writeTree(root, { 'roadmap-lint.config.json': JSON.stringify({ links: { exclude: ['https://'] } }) })
  git(root, 'init', '--quiet', '-b', 'main')
  await writeFile(join(root, '.roadmap-lint-cache.json'), '{"version":1,"entries":{}}')
  await commit(root, '.roadmap-lint-cache.json')
  const refused = await runCapturing(online, { cwd: root })
  expect(refused.code).toBe(2)
  expect(refused.stderr).toMatch(
    /^roadmap-lint: Unexpected link cache `\.roadmap-lint-cache\.json` tracked by git, .*`git rm --cached \.roadmap-lint-cache\.json`/
  )
  // Offline, or with --no-cache, there is no link cache to refuse.
  expect((await runCapturing(offline, { cwd: root })).code).toBe(0)
  const uncached = await runCapturing([...online, '--no-cache', '--content-cache', 'x'], { cwd: root })
  expect(uncached.stdout).toContain('link-broken')
  expect(uncached.stderr).not.toMatch(/tracked by git/)
  const config = { links: { exclude: ['https://'], cacheFile: 'ci/links.json' } }
  await writeTree(root, { 'roadmap-lint.config.json': JSON.stringify(config) })
  await writeTree(root, { 'ci/links.json': '{}' })
  await commit(root, 'roadmap-lint.config.json', 'ci/links.json')
  const configured = await runCapturing(online, { cwd: root })
  expect(configured.code).toBe(2)
  expect(configured.stderr).toContain('Unexpected link cache `ci/links.json` tracked by git')
})

test('outside a git work tree there is nothing to check', async () => {
  const root = await temporary()
  const resource = resourceMd('MDN', 'https://developer.mozilla.org/')
  await writeTree(join(root, 'content'), withRoadmaps({ 'backend/01-basics.md': stepMd(topicMd('Types', resource)) }))
  expect(await isTrackedByGit(join(root, '.roadmap-lint-content-cache'))).toBe(false)
  expect(await isTrackedByGit(join(root, 'no-such-folder', 'cache'))).toBe(false)
  expect((await runCapturing(offline, { cwd: root })).code).toBe(0)
})
