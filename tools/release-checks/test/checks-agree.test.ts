import { afterEach, expect, it } from 'vitest'
import { runChangesetCheck } from '../src/cli/changeset-check.js'
import { runContentCompat } from '../src/cli/content-compat.js'
import { compatFixture, createRepo, recordingIo, type TestRepo } from './helpers/git-repo.js'

let repo: TestRepo
afterEach(() => repo?.dispose())

async function bothChecks(): Promise<{ compat: number; changeset: number }> {
  return {
    compat: await runContentCompat(['--base', 'main'], recordingIo(repo.root)),
    changeset: await runChangesetCheck(['--base', 'main'], recordingIo(repo.root))
  }
}

// A changeset already pending on the base once answered content-compat for a
// new change (0) while changeset-check asked for one (1). Both judge the
// branch by the changesets it adds.
it('content-compat and changeset-check agree after adding a topic, with a changeset pending on the base', async () => {
  repo = createRepo()
  repo.write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n')
  repo.write('package.json', '{ "name": "root", "private": true }\n')
  repo.write('packages/core/package.json', '{ "name": "@roadmap/core", "version": "1.0.0" }\n')
  repo.write('.changeset/config.json', '{}\n')
  repo.write('.changeset/earlier.md', '---\n"@roadmap/core": minor\n---\n\nAn earlier feature, not yet released.\n')
  repo.copy(compatFixture('base'), 'content')
  repo.commit('Start')
  repo.git('switch', '--quiet', '--create', 'add-topic')
  repo.remove('content')
  repo.copy(compatFixture('topic-added'), 'content')
  repo.commit('Add a topic')

  expect(await bothChecks()).toEqual({ compat: 1, changeset: 1 })

  repo.write('.changeset/new-topic.md', '---\n"@roadmap/core": patch\n---\n\nA new topic.\n')
  expect(await bothChecks()).toEqual({ compat: 1, changeset: 0 })

  repo.write('.changeset/new-topic.md', '---\n"@roadmap/core": minor\n---\n\nA new topic.\n')
  expect(await bothChecks()).toEqual({ compat: 0, changeset: 0 })
})
