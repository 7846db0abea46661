import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import type { Roadmap } from '../schema/model.js'
import { readProgress, roadmapProgress, stepProgress, topicsProgress } from './progress.js'
import { allTopics } from './topics.js'

function roadmaps(): Roadmap[] {
  const example = exampleRoadmap(['a', 'b'])
  example.steps[1]?.aliases.push('example/old-b')
  example.steps[1]?.topics[0]?.aliases.push('example/a/moved')
  return [example, { ...exampleRoadmap(['x']), id: 'other' }]
}

test('stored keys read as done topics; former keys as moves; keys of nothing as unknown, never counted', () => {
  const stored = ['example/a/a-one', 'example/a/moved', 'example/old-b/b-two', 'example/a/gone', 'junk', 7, null]
  expect(readProgress(roadmaps(), stored)).toEqual({
    done: new Set(['example/a/a-one', 'example/b/b-one', 'example/b/b-two']),
    moved: [
      { from: 'example/a/moved', to: 'example/b/b-one' },
      { from: 'example/old-b/b-two', to: 'example/b/b-two' }
    ],
    unknown: ['example/a/gone', 'junk', '7', 'null']
  })
})

test('progress of a step, a roadmap and any set of topics follows aliases and counts each topic once', () => {
  const [example] = roadmaps() as [Roadmap]
  const done = new Set(['example/a/a-one', 'example/a/moved', 'example/b/b-one', 'example/a/gone', 'other/x/x-one'])
  expect(stepProgress(example, example.steps[0]!, done)).toEqual({ done: 1, total: 2 })
  expect(stepProgress(example, example.steps[1]!, done)).toEqual({ done: 1, total: 2 })
  expect(roadmapProgress(example, done)).toEqual({
    done: 2,
    total: 4,
    steps: new Map([
      ['example/a', { done: 1, total: 2 }],
      ['example/b', { done: 1, total: 2 }]
    ])
  })
  expect(topicsProgress(allTopics(roadmaps()), [...done])).toEqual({ done: 3, total: 6 })
  expect(topicsProgress([], done)).toEqual({ done: 0, total: 0 })
})

test('no stored keys, no progress', () => {
  const [example] = roadmaps() as [Roadmap]
  expect(roadmapProgress(example, []).done).toBe(0)
  expect(readProgress(roadmaps(), [])).toEqual({ done: new Set(), moved: [], unknown: [] })
})
