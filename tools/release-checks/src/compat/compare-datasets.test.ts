import { describe, expect, it } from 'vitest'
import { compatFixture } from '../../test/helpers/git-repo.js'
import { compareDatasets } from './compare-datasets.js'
import { describeChange } from './describe.js'
import { loadDataset } from './load-dataset.js'

async function compare(after: string) {
  const before = await loadDataset(compatFixture('base'))
  const now = await loadDataset(compatFixture(after))
  expect(before.errors).toBe(0)
  expect(now.errors).toBe(0)
  return compareDatasets(before.roadmaps, now.roadmaps)
}

describe('compareDatasets', () => {
  it('finds no change between equal datasets', async () => {
    expect(await compare('base')).toEqual({ changes: [], requiredBump: 'none' })
  })

  it('needs a patch for text edits', async () => {
    const { changes, requiredBump } = await compare('text-edited')
    expect(requiredBump).toBe('patch')
    expect(changes.map(describeChange)).toEqual([
      'Changed roadmap `web`: introduction.',
      'Changed step `web/html`: summary.',
      'Changed topic `web/html/forms`: description.'
    ])
  })

  it('needs a minor for an added topic', async () => {
    const { changes, requiredBump } = await compare('topic-added')
    expect(requiredBump).toBe('minor')
    expect(changes).toEqual([{ kind: 'added', level: 'topic', id: 'web/html/accessibility', bump: 'minor' }])
  })

  it('needs a minor for an added roadmap', async () => {
    const { changes, requiredBump } = await compare('roadmap-added')
    expect(requiredBump).toBe('minor')
    expect(changes.map(describeChange)).toEqual(['Added roadmap `git`.'])
  })

  it('needs a minor for an added roadmap whose step requires a step of another roadmap', async () => {
    const { changes, requiredBump } = await compare('roadmap-added-requiring')
    expect(requiredBump).toBe('minor')
    expect(changes.map(describeChange)).toEqual(['Added roadmap `git`.'])
  })

  it('needs a major for a removed topic', async () => {
    const { changes, requiredBump } = await compare('topic-removed')
    expect(requiredBump).toBe('major')
    expect(changes.map(describeChange)).toEqual([
      'Removed topic `web/html/forms`: consumers lose progress stored against it.'
    ])
  })

  it('needs a major for a renamed topic heading, and names the new id', async () => {
    const { changes, requiredBump } = await compare('topic-renamed')
    expect(requiredBump).toBe('major')
    expect(changes).toEqual([
      { kind: 'removed', level: 'topic', id: 'web/css/layout', renamedTo: 'web/css/flexbox-and-grid', bump: 'major' }
    ])
    expect(changes.map(describeChange)).toEqual([
      'Renamed topic `web/css/layout` to `web/css/flexbox-and-grid`: consumers lose progress stored against the old id; to keep it, add `flexbox-and-grid: [web/css/layout]` under `topic-aliases` in the frontmatter of step `web/css`.'
    ])
  })

  it('needs a major for a removed step', async () => {
    const { changes, requiredBump } = await compare('step-removed')
    expect(requiredBump).toBe('major')
    expect(changes.map(describeChange)).toEqual([
      'Removed step `web/css`: consumers lose progress stored against it and its topics.'
    ])
  })

  it('needs a major for a renamed step file', async () => {
    const { changes, requiredBump } = await compare('step-renamed')
    expect(requiredBump).toBe('major')
    expect(changes).toEqual([
      { kind: 'removed', level: 'step', id: 'web/css', renamedTo: 'web/styling', bump: 'major' }
    ])
  })

  it('treats a renamed step with its old key as an alias as a move: compatible, reported as such', async () => {
    const { changes, requiredBump } = await compare('step-moved')
    expect(requiredBump).toBe('minor')
    expect(changes).toEqual([{ kind: 'moved', level: 'step', id: 'web/css', movedTo: 'web/styling', bump: 'minor' }])
    expect(changes.map(describeChange)).toEqual([
      'Moved step `web/css` to `web/styling`: an alias keeps the progress stored under the old key for consumers that follow aliases.'
    ])
  })

  it('treats a renamed topic listed in `topic-aliases` as a move', async () => {
    const { changes, requiredBump } = await compare('topic-moved')
    expect(requiredBump).toBe('minor')
    expect(changes).toEqual([
      { kind: 'moved', level: 'topic', id: 'web/css/layout', movedTo: 'web/css/flexbox-and-grid', bump: 'minor' }
    ])
  })

  it('a moved step that leaves a topic behind removes that topic', async () => {
    const { changes, requiredBump } = await compare('step-moved-topic-lost')
    expect(requiredBump).toBe('major')
    expect(changes.map(describeChange)).toEqual([
      'Removed topic `web/css/layout`: consumers lose progress stored against it.',
      'Moved step `web/css` to `web/styling`: an alias keeps the progress stored under the old key for consumers that follow aliases.'
    ])
  })

  it('an alias dropped later loses the progress it kept', async () => {
    const before = await loadDataset(compatFixture('step-moved'))
    const after = await loadDataset(compatFixture('step-renamed'))
    const { changes, requiredBump } = compareDatasets(before.roadmaps, after.roadmaps)
    expect(requiredBump).toBe('major')
    expect(changes.map(describeChange)).toEqual([
      'Removed the former step key `web/css` from `aliases`: it leads nowhere now, so consumers lose progress stored under it.',
      'Changed step `web/styling`: aliases.'
    ])
  })

  it('lists breaking changes first and takes the largest bump', async () => {
    const before = await loadDataset(compatFixture('topic-added'))
    const after = await loadDataset(compatFixture('step-removed'))
    const { changes, requiredBump } = compareDatasets(before.roadmaps, after.roadmaps)
    expect(requiredBump).toBe('major')
    expect(changes.map((change) => `${change.kind} ${change.id}`)).toEqual([
      'removed web/css',
      'removed web/html/accessibility'
    ])
  })

  it('treats every roadmap as added when there was no content', async () => {
    const after = await loadDataset(compatFixture('base'))
    expect(compareDatasets([], after.roadmaps)).toEqual({
      changes: [{ kind: 'added', level: 'roadmap', id: 'web', bump: 'minor' }],
      requiredBump: 'minor'
    })
  })
})

describe('loadDataset', () => {
  it('counts errors and leaves out roadmaps that have them', async () => {
    expect(await loadDataset(compatFixture('invalid'))).toEqual({ roadmaps: [], errors: 1 })
  })

  it('reads a missing folder as an empty dataset', async () => {
    expect(await loadDataset(compatFixture('does-not-exist'))).toEqual({ roadmaps: [], errors: 0 })
  })
})
