import { describe, expect, it } from 'vitest'
import type { Changeset } from '../changesets/parse-changeset.js'
import { judgePresence, type WorkspacePackage } from './judge-presence.js'

const packages: WorkspacePackage[] = [
  { name: '@roadmap/core', directory: 'packages/core', private: false },
  { name: '@roadmap/lint', directory: 'packages/lint', private: false },
  { name: '@roadmap/release-checks', directory: 'tools/release-checks', private: true }
]
const core: Changeset = { id: 'core', releases: [{ name: '@roadmap/core', type: 'minor' }], summary: 'Add a step.' }
const lint: Changeset = { id: 'lint', releases: [{ name: '@roadmap/lint', type: 'patch' }], summary: 'Fix a rule.' }
const empty: Changeset = { id: 'empty', releases: [], summary: '' }

function judge(changedFiles: string[], changesets: Changeset[] = [], consumedChangesets: string[] = []) {
  return judgePresence({ changedFiles, changesets, consumedChangesets, packages })
}

describe('judgePresence', () => {
  it('needs a changeset naming @roadmap/core for a content change', () => {
    const result = judge(['content/backend/03-databases.md'], [lint])
    expect(result.contentFiles).toEqual(['content/backend/03-databases.md'])
    expect(result.problems).toEqual([
      '`content/` changed (`content/backend/03-databases.md`), but no new changeset names `@roadmap/core`. The dataset ships in `@roadmap/core`, so a content change is a release: run `pnpm changeset`, select `@roadmap/core` and choose the bump `pnpm content:compat` asks for.'
    ])
    expect(judge(['content/backend/03-databases.md'], [core]).problems).toEqual([])
  })

  it('needs any changeset for a package source change, an empty one included', () => {
    const files = [
      'packages/lint/src/rules/heading-depth.ts',
      'packages/lint/src/rules/a.ts',
      'packages/lint/src/rules/b.ts',
      'packages/lint/package.json'
    ]
    expect(judge(files).problems).toEqual([
      '`@roadmap/lint` changed (`packages/lint/src/rules/heading-depth.ts`, `packages/lint/src/rules/a.ts`, `packages/lint/src/rules/b.ts` and 1 more), but there is no new changeset: run `pnpm changeset` to describe the change for the changelog, or `pnpm changeset --empty` when it needs no release.'
    ])
    expect(judge(files, [empty]).problems).toEqual([])
  })

  it('ignores tests, docs, private packages and the content README', () => {
    const result = judge([
      'packages/core/src/parse/parse-file.test.ts',
      'packages/core/src/__snapshots__/x.snap',
      'packages/core/test/fixtures/a.md',
      'packages/core/README.md',
      'tools/release-checks/src/index.ts',
      'tools/release-checks/package.json',
      'content/README.md',
      '.github/workflows/ci.yml'
    ])
    expect(result).toEqual({ contentFiles: [], packageChanges: [], versioning: false, problems: [] })
  })

  it('passes a version change that consumes changesets', () => {
    const result = judge(
      ['packages/core/package.json', 'packages/core/CHANGELOG.md', '.changeset/core.md'],
      [],
      ['core']
    )
    expect(result.versioning).toBe(true)
    expect(result.problems).toEqual([])
  })
})
