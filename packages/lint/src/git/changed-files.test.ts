import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
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
import { GitError } from '../errors.js'
import { changedFiles } from './changed-files.js'

const temporary = useTempDirs()
// Every step has one warning (a `+` list marker), so each reported step shows up.
const intro = 'Learn:\n\n+ this'
const topic = topicMd('Types', resourceMd('MDN', 'https://developer.mozilla.org/'))

/** A repository whose `main` has three roadmaps, on a branch `feature` that changes `backend/02-apis.md`. */
async function repository(branch = 'main'): Promise<string> {
  const root = await temporary()
  await writeTree(
    join(root, 'content'),
    withRoadmaps({
      'backend/01-basics.md': stepMd(topic, { intro }),
      'backend/02-apis.md': stepMd(topic, { intro }),
      'frontend/01-html.md': stepMd(topic, { intro, requires: ['backend/basics'] }),
      'frontend/02-fetch.md': stepMd(topic, { intro: `${intro}\n\nSee [APIs](../backend/02-apis.md).` }),
      'frontend/03-css.md': stepMd(topic, { intro }),
      'devops/01-linux.md': stepMd(topic, { intro })
    })
  )
  git(root, 'init', '--quiet', '-b', branch)
  git(root, 'add', '.')
  git(root, 'commit', '--quiet', '-m', 'Content')
  git(root, 'checkout', '--quiet', '-b', 'feature')
  await writeTree(root, { 'content/backend/02-apis.md': stepMd(topic, { intro, title: 'HTTP APIs' }) })
  git(root, 'commit', '--quiet', '-am', 'Rename the APIs step')
  return root
}

async function reportedFiles(argv: string[], cwd: string): Promise<string[]> {
  const run = await runCapturing(['--offline', '-f', 'json', ...argv], { cwd })
  expect(run.stderr).toBe('')
  return [...new Set(JSON.parse(run.stdout).map((problem: { file: string }) => problem.file))] as string[]
}

describe('--changed', () => {
  test('reports the changed file, its roadmap and the files that require or link into it', async () => {
    const root = await repository()
    expect(await reportedFiles(['--changed', 'main'], root)).toEqual([
      'content/backend/01-basics.md',
      'content/backend/02-apis.md',
      'content/frontend/01-html.md',
      'content/frontend/02-fetch.md'
    ])
  })

  test('without a base, compares with main when there is no origin/main', async () => {
    const root = await repository()
    expect(await reportedFiles(['--changed'], root)).toHaveLength(4)
    expect(await reportedFiles(['--changed='], root)).toHaveLength(4)
  })

  test('takes in staged, unstaged and untracked changes', async () => {
    const root = await repository()
    await writeTree(root, {
      'content/devops/01-linux.md': stepMd(topic, { intro, title: 'Linux' }),
      'content/frontend/04-dom.md': stepMd(topic, { intro })
    })
    const files = await reportedFiles(['--changed=main'], root)
    expect(files).toContain('content/devops/01-linux.md')
    expect(files).toContain('content/frontend/03-css.md')
    expect(files).toContain('content/frontend/04-dom.md')
  })

  test('works from a subfolder of the repository', async () => {
    const root = await repository()
    await writeTree(root, { 'content/devops/02-shell.md': stepMd(topic, { intro }) })
    expect(await reportedFiles(['--changed', 'main', '.'], join(root, 'content'))).toEqual([
      'backend/01-basics.md',
      'backend/02-apis.md',
      'devops/01-linux.md',
      'devops/02-shell.md',
      'frontend/01-html.md',
      'frontend/02-fetch.md'
    ])
  })

  test('works in a checkout reached through a symbolic link', async () => {
    const root = await repository()
    const link = join(await temporary(), 'checkout')
    await symlink(root, link)
    expect(await reportedFiles(['--changed', 'main'], link)).toHaveLength(4)
  })

  test('reports nothing when nothing changed', async () => {
    const root = await repository()
    expect(await runCapturing(['--offline', '--changed', 'feature'], { cwd: root })).toEqual({
      code: 0,
      stdout: '✔ No problems in 0 files\n',
      stderr: ''
    })
  })

  test('a base that does not exist is exit 2, with what to do', async () => {
    const root = await repository()
    const run = await runCapturing(['--offline', '--changed', 'origin/release'], { cwd: root })
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'roadmap-lint: Cannot find git base `origin/release` for --changed; fetch it (`git fetch origin release`) or name another base\n'
    })
  })

  test('without origin/main or main, asks for a base', async () => {
    const root = await repository('trunk')
    const run = await runCapturing(['--offline', '--changed'], { cwd: root })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'roadmap-lint: Cannot find a default base for --changed (tried origin/main, main); name one: --changed=<ref>\n'
    )
  })

  test('outside a git repository, exit 2', async () => {
    const root = await temporary()
    await writeTree(join(root, 'content'), withRoadmaps({ 'backend/01-basics.md': stepMd(topic) }))
    const run = await runCapturing(['--offline', '--changed', 'main'], { cwd: root })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^roadmap-lint: git rev-parse --show-toplevel failed: fatal: not a git repository/)
  })
})

describe('changedFiles', () => {
  test('gives absolute paths, deleted files included', async () => {
    const root = await repository()
    git(root, 'rm', '--quiet', 'content/frontend/03-css.md')
    expect([...(await changedFiles('main', root))].sort()).toEqual([
      join(root, 'content/backend/02-apis.md'),
      join(root, 'content/frontend/03-css.md')
    ])
  })

  test('refuses a base that git would take for an option', async () => {
    await expect(changedFiles('--output=/tmp/x', await temporary())).rejects.toThrow(GitError)
  })
})
