import { allTopics } from '@roadmap/core/query'
import { expect, test } from 'vitest'
import { countStates, countStepStates, progressSummary, reconcileProgress, storedFrom } from './reconcile.js'

// A roadmap whose step `b` was renamed from `old-b` and whose topic `t2` moved from `a/t9`.
const roadmaps = [
  {
    id: 'r',
    steps: [
      { id: 'a', aliases: [], requires: [], topics: [{ id: 't1', aliases: [] }] },
      {
        id: 'b',
        aliases: ['r/old-b'],
        requires: [],
        topics: [
          { id: 't2', aliases: ['r/a/t9'] },
          { id: 't3', aliases: [] }
        ]
      }
    ]
  }
]

test('stored keys are read with core: aliases followed, keys of no topic kept aside as stale', () => {
  const reconciled = reconcileProgress(roadmaps, {
    topics: {
      'r/a/t1': 'done',
      'r/a/t9': 'skipped',
      'r/old-b/t3': 'in-progress',
      'r/gone/topic': 'done',
      nonsense: 'done'
    }
  })
  expect(Object.fromEntries(reconciled.states)).toEqual({
    'r/a/t1': 'done',
    'r/b/t2': 'skipped',
    'r/b/t3': 'in-progress'
  })
  expect(reconciled.moved).toEqual([
    { from: 'r/a/t9', to: 'r/b/t2' },
    { from: 'r/old-b/t3', to: 'r/b/t3' }
  ])
  expect(reconciled.stale).toEqual({ 'r/gone/topic': 'done', nonsense: 'done' })
  // Written back, the moves are followed and the stale keys are still there.
  expect(storedFrom(reconciled, 'r/a/t9')).toEqual({
    topics: {
      'r/a/t1': 'done',
      'r/b/t2': 'skipped',
      'r/b/t3': 'in-progress',
      'r/gone/topic': 'done',
      nonsense: 'done'
    },
    last: 'r/b/t2'
  })
})

test("a topic's key wins over a former key stored beside it", () => {
  const reconciled = reconcileProgress(roadmaps, { topics: { 'r/a/t9': 'skipped', 'r/b/t2': 'done' } })
  expect(Object.fromEntries(reconciled.states)).toEqual({ 'r/b/t2': 'done' })
})

test('counts each state; stale keys count nowhere', () => {
  const { states } = reconcileProgress(roadmaps, {
    topics: { 'r/a/t1': 'done', 'r/b/t2': 'skipped', 'r/b/t3': 'in-progress', 'r/gone/x': 'done' }
  })
  expect(countStates(allTopics(roadmaps), states)).toEqual({ total: 3, done: 1, inProgress: 1, skipped: 1 })
  expect(countStepStates(roadmaps[0]!, roadmaps[0]!.steps[1]!, states)).toEqual({
    total: 2,
    done: 0,
    inProgress: 1,
    skipped: 1
  })
})

test('a progress bar leaves skipped topics out of the count', () => {
  expect(progressSummary({ total: 7, done: 3, inProgress: 1, skipped: 1 })).toEqual({
    value: 3,
    max: 6,
    text: '3 of 6 topics done · 1 in progress · 1 skipped'
  })
  expect(progressSummary({ total: 5, done: 0, inProgress: 0, skipped: 0 }).text).toBe('0 of 5 topics done')
  expect(progressSummary({ total: 2, done: 0, inProgress: 0, skipped: 2 })).toEqual({
    value: 1,
    max: 1,
    text: '0 of 0 topics done · 2 skipped'
  })
})
