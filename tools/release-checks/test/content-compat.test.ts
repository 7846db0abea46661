import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { runContentCompat } from '../src/cli/content-compat.js'
import { compatFixture, createRepo, recordingIo, type TestRepo } from './helpers/git-repo.js'

const bin = join(import.meta.dirname, '..', 'dist', 'bin', 'content-compat.js')
const majorChangeset = '---\n"@roadmap/core": major\n---\n\nRemove the forms topic.\n'
let repo: TestRepo

afterEach(() => repo?.dispose())

/** A repository whose first commit holds the base fixture and whose second holds `after`. */
function repoWithTwoCommits(after: string): TestRepo {
  repo = createRepo()
  repo.copy(compatFixture('base'), 'content')
  repo.commit('Add the web roadmap')
  repo.remove('content')
  repo.copy(compatFixture(after), 'content')
  repo.commit(`Content: ${after}`)
  return repo
}

describe('content-compat, end to end in a git repository', () => {
  it('exits 1 and asks for a major changeset after a commit that removes a topic, then 0 once one is added', async () => {
    repoWithTwoCommits('topic-removed')
    const io = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'HEAD~1'], io)).toBe(1)
    expect(io.out()).toContain('Removed topic `web/html/forms`: consumers lose progress stored against it.')
    expect(io.out()).toContain('This needs a `major` changeset for `@roadmap/core`')
    expect(io.err()).toBe('')

    repo.write('.changeset/minor-forms.md', '---\n"@roadmap/core": minor\n---\n\nRemove the forms topic.\n')
    const lower = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'HEAD~1'], lower)).toBe(1)
    expect(lower.out()).toContain('but the changesets of this branch declare only `minor`')

    repo.write('.changeset/minor-forms.md', majorChangeset)
    const fixed = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'HEAD~1'], fixed)).toBe(0)
    expect(fixed.out()).toContain('and the changesets of this branch declare `major`.')
  })

  it('a step renamed with its old key as an alias is a move: a minor changeset is enough', async () => {
    repoWithTwoCommits('step-moved')
    repo.write('.changeset/styling.md', '---\n"@roadmap/core": minor\n---\n\nRename the CSS step.\n')
    const io = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'HEAD~1'], io)).toBe(0)
    expect(io.out()).toContain('Moved step `web/css` to `web/styling`: an alias keeps the progress')
    expect(io.out()).toContain('This needs a `minor` changeset')
  })

  it('runs from the built bin with the same exit codes', async () => {
    expect(existsSync(bin), 'build the package first (`pnpm build`)').toBe(true)
    repoWithTwoCommits('topic-removed')
    const run = promisify(execFile)
    const failure = await run(process.execPath, [bin, '--base', 'HEAD~1'], { cwd: repo.root }).catch(
      (error: unknown) => error
    )
    expect(failure).toMatchObject({ code: 1, stdout: expect.stringContaining('needs a `major` changeset') })

    repo.write('.changeset/forms.md', majorChangeset)
    repo.commit('Add a changeset')
    const { stdout } = await run(process.execPath, [bin, '--base', 'HEAD~2'], { cwd: repo.root })
    expect(stdout).toContain('declare `major`')
  })

  it('compares uncommitted changes with the default base, main', async () => {
    repo = createRepo()
    repo.copy(compatFixture('base'), 'content')
    repo.commit('Add the web roadmap')
    repo.git('switch', '--quiet', '--create', 'add-accessibility')
    repo.remove('content')
    repo.copy(compatFixture('topic-added'), 'content')
    const io = recordingIo(repo.root)
    expect(await runContentCompat([], io)).toBe(1)
    expect(io.out()).toMatch(/^Compared the content with `main` \([0-9a-f]{7}\)\./)
    expect(io.out()).toContain('Added topic `web/html/accessibility`.')
    expect(io.out()).toContain('This needs a `minor` changeset')
  })

  it('uses the merge-base, so changes on the base branch after branching do not count', async () => {
    repo = createRepo()
    repo.copy(compatFixture('base'), 'content')
    repo.commit('Add the web roadmap')
    repo.git('switch', '--quiet', '--create', 'edit-text')
    repo.remove('content')
    repo.copy(compatFixture('text-edited'), 'content')
    repo.commit('Edit text')
    repo.git('switch', '--quiet', 'main')
    repo.remove('content')
    repo.copy(compatFixture('roadmap-added'), 'content')
    repo.commit('Add the git roadmap')
    repo.git('switch', '--quiet', 'edit-text')
    repo.write('.changeset/text.md', '---\n"@roadmap/core": patch\n---\n\nClarify the forms topic.\n')
    const io = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'main'], io)).toBe(0)
    expect(io.out()).toContain('the merge-base of `HEAD` and `main`')
    expect(io.out()).not.toContain('roadmap `git`')
  })

  it('passes when the content did not change', async () => {
    repoWithTwoCommits('base')
    const io = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'HEAD~1'], io)).toBe(0)
    expect(io.out()).toContain('No roadmap, step or topic changed')
  })

  it('treats content that did not exist at the base as added', async () => {
    repo = createRepo()
    repo.write('README.md', '# Roadmaps\n')
    repo.commit('Start')
    repo.copy(compatFixture('base'), 'content')
    repo.commit('Add content')
    const io = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'HEAD~1'], io)).toBe(1)
    expect(io.out()).toContain('Added roadmap `web`.')
  })

  it('annotates the run in GitHub Actions', async () => {
    repoWithTwoCommits('step-renamed')
    const io = recordingIo(repo.root, { GITHUB_ACTIONS: 'true' })
    expect(await runContentCompat(['--base', 'HEAD~1'], io)).toBe(1)
    expect(io.out()).toContain(
      '::error title=Content compatibility::Renamed step `web/css` to `web/styling`: consumers lose progress stored against the old id and the ids under it; to keep it, add `aliases: [web/css]` to the frontmatter of step `web/styling`.%0AThis needs'
    )
  })

  it('exits 2 for an unknown ref, invalid content or an unknown flag', async () => {
    repoWithTwoCommits('invalid')
    const badRef = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'no-such-branch'], badRef)).toBe(2)
    expect(badRef.err()).toBe(
      'content-compat: Cannot find git ref `no-such-branch`, expected a branch, tag or commit such as `origin/main`\n'
    )

    const invalid = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'HEAD~1'], invalid)).toBe(2)
    expect(invalid.err()).toContain('has 1 error(s), so its ids cannot be compared: run `pnpm lint:content`')

    const flag = recordingIo(repo.root)
    expect(await runContentCompat(['--bsae', 'HEAD~1'], flag)).toBe(2)
    expect(flag.err()).toContain("Unknown option '--bsae'")
    expect(flag.err()).toContain('Usage: content-compat')
  })

  it('exits 2 for a malformed changeset', async () => {
    repoWithTwoCommits('topic-removed')
    repo.write('.changeset/broken.md', 'no frontmatter\n')
    const io = recordingIo(repo.root)
    expect(await runContentCompat(['--base', 'HEAD~1'], io)).toBe(2)
    expect(io.err()).toContain('Cannot parse changeset `broken`: missing or invalid frontmatter.')
  })

  it('exits 2 outside a git repository', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'not-a-repository-'))
    try {
      const io = recordingIo(folder)
      expect(await runContentCompat([], io)).toBe(2)
      expect(io.err()).toContain(`Cannot find a git repository at \`${folder}\``)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
