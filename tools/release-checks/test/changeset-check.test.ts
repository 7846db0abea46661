import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runChangesetCheck } from '../src/cli/changeset-check.js'
import { compatFixture, createRepo, recordingIo, type TestRepo } from './helpers/git-repo.js'

let repo: TestRepo

/** A small copy of this monorepo: two publishable packages, a private tool and content. */
beforeEach(() => {
  repo = createRepo()
  repo.write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n  - tools/*\n')
  repo.write('package.json', '{ "name": "root", "private": true }\n')
  repo.write('packages/core/package.json', '{ "name": "@roadmap/core", "version": "1.0.0" }\n')
  repo.write('packages/core/src/index.ts', 'export const a = 1\n')
  repo.write('packages/lint/package.json', '{ "name": "@roadmap/lint", "version": "1.0.0" }\n')
  repo.write('packages/lint/src/index.ts', 'export const b = 1\n')
  repo.write('tools/release-checks/package.json', '{ "name": "@roadmap/release-checks", "private": true }\n')
  repo.write('tools/release-checks/src/index.ts', 'export const c = 1\n')
  repo.write('.changeset/config.json', '{}\n')
  repo.write('.changeset/README.md', '# Changesets\n')
  repo.copy(compatFixture('base'), 'content')
  repo.commit('Start')
  repo.git('switch', '--quiet', '--create', 'feature')
})

afterEach(() => repo.dispose())

async function check(args: string[] = []) {
  const io = recordingIo(repo.root)
  const code = await runChangesetCheck(args, io)
  return { code, out: io.out(), err: io.err() }
}

describe('changeset-check, end to end in a git repository', () => {
  it('passes when nothing released changed', async () => {
    repo.write('tools/release-checks/src/index.ts', 'export const c = 2\n')
    repo.write('packages/core/src/index.test.ts', 'test\n')
    repo.write('content/README.md', '# Format\n')
    repo.commit('Tooling and tests')
    expect(await check()).toEqual({
      code: 0,
      out: expect.stringContaining('Neither the content nor a publishable package changed: no changeset needed.'),
      err: ''
    })
  })

  it('fails for a content change without a changeset naming @roadmap/core', async () => {
    repo.write('content/web/01-html.md', '---\ntitle: changed\n---\n')
    repo.write('.changeset/lint.md', '---\n"@roadmap/lint": patch\n---\n\nFix.\n')
    repo.commit('Edit content')
    const result = await check()
    expect(result.code).toBe(1)
    expect(result.out).toContain(
      '`content/` changed (`content/web/01-html.md`), but no new changeset names `@roadmap/core`.'
    )

    repo.write('.changeset/content.md', '---\n"@roadmap/core": patch\n---\n\nEdit the HTML step.\n')
    expect(await check()).toMatchObject({
      code: 0,
      out: expect.stringContaining('Changed: the content. Changesets: `content`, `lint`.')
    })
  })

  it('fails for a package source change without any changeset, and accepts an empty one', async () => {
    repo.write('packages/lint/src/index.ts', 'export const b = 2\n')
    const result = await check()
    expect(result.code).toBe(1)
    expect(result.out).toContain(
      '`@roadmap/lint` changed (`packages/lint/src/index.ts`), but there is no new changeset'
    )

    repo.write('.changeset/quiet-fox.md', '---\n---\n')
    expect(await check()).toMatchObject({
      code: 0,
      out: expect.stringContaining('Changed: `@roadmap/lint`. Changesets: `quiet-fox`.')
    })
  })

  it('counts untracked files, staged files and new packages', async () => {
    repo.write('packages/new/package.json', '{ "name": "@roadmap/new", "version": "0.0.0" }\n')
    repo.write('packages/new/src/index.ts', 'export {}\n')
    expect((await check()).out).toContain(
      '`@roadmap/new` changed (`packages/new/package.json`, `packages/new/src/index.ts`)'
    )
    repo.git('add', '--all')
    expect((await check()).code).toBe(1)
  })

  it('passes the version change that consumes the changesets', async () => {
    repo.write('.changeset/content.md', '---\n"@roadmap/core": minor\n---\n\nAdd a topic.\n')
    repo.write('content/web/01-html.md', '---\ntitle: changed\n---\n')
    repo.commit('Add a topic')
    repo.git('switch', '--quiet', '--create', 'changeset-release/main')
    repo.remove('.changeset/content.md')
    repo.write('packages/core/package.json', '{ "name": "@roadmap/core", "version": "1.1.0" }\n')
    repo.write('packages/core/CHANGELOG.md', '# @roadmap/core\n\n## 1.1.0\n')
    repo.commit('Version Packages')
    expect(await check(['--base', 'feature'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('This change consumes pending changesets (a version change)')
    })
  })

  it('exits 2 for an unknown ref', async () => {
    expect(await check(['--base', 'origin/nope'])).toEqual({
      code: 2,
      out: '',
      err: 'changeset-check: Cannot find git ref `origin/nope`, expected a branch, tag or commit such as `origin/main`\n'
    })
  })
})
