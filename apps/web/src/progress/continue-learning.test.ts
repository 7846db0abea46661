import { roadmaps } from '@roadmap/core/skeleton'
import { type SkeletonRoadmap, type SkeletonStep, topicKey } from '@roadmap/core/query'
import { expect, test } from 'vitest'
import { nextStop } from './continue-learning.js'
import type { TopicState } from './stored-progress.js'

// Plain shapes: the typed skeleton's unions of literal ids are too large to combine here.
const roadmap: SkeletonRoadmap = roadmaps[0]!
const [first, second] = roadmap.steps
const paths = { [roadmap.id]: roadmap.steps.map((step) => step.id) }
const key = (step: SkeletonStep | undefined, index: number) => topicKey(roadmap.id, step!.id, step!.topics[index]!.id)

test('nothing to continue before any topic is changed', () => {
  expect(nextStop(roadmaps, new Map(), undefined, paths)).toBeUndefined()
  expect(nextStop(roadmaps, new Map(), `${roadmap.id}/gone/topic`, paths)).toBeUndefined()
})

test("continues in the last topic's step, at its first topic neither done nor skipped", () => {
  const states = new Map<string, TopicState>([
    [key(first, 0), 'done'],
    [key(first, 1), 'skipped']
  ])
  const stop = nextStop(roadmaps, states, key(first, 1), paths)
  expect(stop?.step.id).toBe(first!.id)
  expect(stop?.topic?.id).toBe(first!.topics[2]!.id)
})

test('a finished step sends the learner on along the path', () => {
  const states = new Map<string, TopicState>(first!.topics.map((_, index) => [key(first, index), 'done'] as const))
  const stop = nextStop(roadmaps, states, key(first, 0), paths)
  expect(stop?.step.id).toBe(second!.id)
  expect(stop?.topic?.id).toBe(second!.topics[0]!.id)
})
