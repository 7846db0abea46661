// The typed dataset: literal ids from the content, so lookups autocomplete,
// a typo fails to compile and what is found is defined. `tsc` checks the
// `@ts-expect-error` lines: each must be an error. It imports the built package, as an app does.
import { expect, expectTypeOf, test } from 'vitest'
import { roadmaps, type RoadmapId, type StepKey, type TopicKey } from '../dist/data.js'
import type { roadmap as backendRoadmap, StepId as BackendStepId } from '../dist/data/backend.js'
import { roadmaps as skeletons } from '../dist/skeleton.js'
import {
  findRoadmap,
  findStep,
  findTopic,
  prerequisitesOf,
  readProgress,
  roadmapProgress,
  stepKey,
  topicKey,
  type DatasetRoadmap,
  type DatasetStep
} from '../dist/query/index.js'
import type { ReadonlyRoadmap } from '../dist/schema/index.js'

test('ids are the literal ids of the content', () => {
  expectTypeOf<RoadmapId>().toEqualTypeOf<(typeof roadmaps)[number]['id']>()
  expectTypeOf<RoadmapId>().not.toEqualTypeOf<string>()
  expectTypeOf<'backend'>().toExtend<RoadmapId>()
  expectTypeOf<'databases'>().toExtend<BackendStepId>()
  expectTypeOf<'backend/databases'>().toExtend<StepKey>()
  expectTypeOf<`backend/${BackendStepId}`>().toEqualTypeOf<Extract<StepKey, `backend/${string}`>>()
  expectTypeOf<Extract<TopicKey, `backend/databases/${string}`>>().not.toBeNever()
  expect(roadmaps.map((roadmap) => roadmap.id)).toContain('backend')
})

test('a lookup on the dataset is defined, without `!`', () => {
  const backend = findRoadmap(roadmaps, 'backend')
  expectTypeOf(backend).toEqualTypeOf<typeof backendRoadmap>()
  expectTypeOf(backend).toExtend<DatasetRoadmap<'backend', DatasetStep<string, string>>>()
  expect(backend.title.length).toBeGreaterThan(0)
  const databases = findStep(backend, 'databases')
  expectTypeOf(databases.id).toEqualTypeOf<'databases'>()
  expect(databases.topics.length).toBeGreaterThan(0)
  const topicId = databases.topics[0]!.id
  expect(findTopic(backend, 'databases', topicId).id).toBe(topicId)
  expectTypeOf(prerequisitesOf(roadmaps, 'devops', 'containers')).toBeArray()
  expectTypeOf(topicKey(backend, databases, 'x' as const)).toEqualTypeOf<'backend/databases/x'>()
  expectTypeOf(stepKey('backend', 'databases')).toExtend<StepKey>()
})

test('a typo fails to compile, and still gives `undefined` at run time', () => {
  // @ts-expect-error: no roadmap `backnd`.
  expect(findRoadmap(roadmaps, 'backnd')).toBeUndefined()
  const backend = findRoadmap(roadmaps, 'backend')
  // @ts-expect-error: no step `databses` in backend.
  expect(findStep(backend, 'databses')).toBeUndefined()
  // @ts-expect-error: `linux-and-shell` is a step of devops, not backend.
  expect(prerequisitesOf(roadmaps, 'backend', 'linux-and-shell')).toBeUndefined()
})

test('an id known only at run time (a `string`) compiles, and the result may be undefined', () => {
  const id: string = 'backend'
  const found = findRoadmap(roadmaps, id)
  expectTypeOf<undefined>().toExtend<typeof found>()
  expectTypeOf<NonNullable<typeof found>>().toExtend<ReadonlyRoadmap>()
  expect(found?.id).toBe('backend')
  const stepId: string = 'databases'
  const step = findStep(findRoadmap(roadmaps, 'backend'), stepId)
  expectTypeOf<undefined>().toExtend<typeof step>()
  expect(step?.id).toBe('databases')
  expect(findRoadmap(roadmaps, 'nowhere' as string)).toBeUndefined()
  expect(prerequisitesOf(roadmaps, id, stepId)?.length).toBeGreaterThan(0)
  // A list that is not the whole tuple (sliced, filtered) may lack the roadmap: `undefined` is possible.
  const some = roadmaps.filter((roadmap) => !roadmap.id.startsWith('back'))
  const maybe = findRoadmap(some, 'backend')
  expectTypeOf<undefined>().toExtend<typeof maybe>()
  expect(maybe).toBeUndefined()
})

test('the skeleton takes the same helpers, with its own literal ids', () => {
  const backend = findRoadmap(skeletons, 'backend')
  const key = topicKey(backend, backend.steps[0]!, backend.steps[0]!.topics[0]!)
  expect(readProgress(skeletons, [key]).done).toEqual(new Set([key]))
  expect(roadmapProgress(backend, [key])).toMatchObject({ done: 1, total: backend.topicCount })
  expect(backend.stepCount).toBe(findRoadmap(roadmaps, 'backend').steps.length)
})
