import { describe, expect, it } from 'vitest'
import { describeChange, describeVerdict, judgeCompat } from './describe.js'

describe('describeChange', () => {
  it('says what consumers lose', () => {
    expect(describeChange({ kind: 'removed', level: 'roadmap', id: 'web', bump: 'major' })).toBe(
      'Removed roadmap `web`: consumers lose progress stored against it and its steps and topics.'
    )
    expect(
      describeChange({ kind: 'removed', level: 'step', id: 'web/css', renamedTo: 'web/styling', bump: 'major' })
    ).toBe(
      'Renamed step `web/css` to `web/styling`: consumers lose progress stored against the old id and the ids under it; to keep it, add `aliases: [web/css]` to the frontmatter of step `web/styling`.'
    )
  })

  it('lists changed fields', () => {
    expect(
      describeChange({
        kind: 'changed',
        level: 'topic',
        id: 'web/css/layout',
        fields: ['title', 'resources'],
        bump: 'patch'
      })
    ).toBe('Changed topic `web/css/layout`: title, resources.')
  })
})

describe('describeVerdict', () => {
  it('says nothing is needed', () => {
    expect(describeVerdict(judgeCompat('none', 'none'))).toBe(
      'No roadmap, step or topic changed: content needs no changeset for `@roadmap/core`.'
    )
  })

  it('asks for a changeset when none is declared', () => {
    const verdict = judgeCompat('major', 'none')
    expect(verdict.satisfied).toBe(false)
    expect(describeVerdict(verdict)).toBe(
      'This needs a `major` changeset for `@roadmap/core` (removed or renamed ids break the progress consumers stored): run `pnpm changeset`, select `@roadmap/core` and choose `major`.'
    )
  })

  it('asks for a bigger bump when a smaller one is declared', () => {
    expect(describeVerdict(judgeCompat('minor', 'patch'))).toBe(
      'This needs a `minor` changeset for `@roadmap/core` (new ids are new features; moved ids keep their old keys as aliases), but the changesets of this branch declare only `patch`: change that changeset to `minor` or run `pnpm changeset`.'
    )
  })

  it('accepts an equal or bigger bump', () => {
    expect(judgeCompat('patch', 'patch').satisfied).toBe(true)
    expect(judgeCompat('patch', 'major').satisfied).toBe(true)
    expect(describeVerdict(judgeCompat('patch', 'minor'))).toBe(
      'This needs a `patch` changeset for `@roadmap/core` (text edits keep every id), and the changesets of this branch declare `minor`.'
    )
  })
})
