// The dataset is frozen at runtime; its types must say so, all the way down,
// while the query helpers keep a mutable roadmap mutable. Checked by `tsc`
// (`pnpm typecheck`: a `@ts-expect-error` that no longer errors fails it) and
// by vitest's type assertions.
import { expect, expectTypeOf, test } from 'vitest'
import {
  findRoadmap,
  findStep,
  findTopic,
  listResources,
  prerequisitesOf,
  stepsInDependencyOrder
} from '../src/query/index.js'
import type {
  ReadonlyResource,
  ReadonlyRoadmap,
  ReadonlyStep,
  ReadonlyTopic,
  Roadmap,
  Step,
  Topic
} from '../src/index.js'
import { exampleRoadmap } from './example-roadmap.js'

/** Frozen all the way down, as `@roadmap/core/data` is. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}

const frozen: readonly ReadonlyRoadmap[] = [deepFreeze(exampleRoadmap(['a', 'b'], { b: ['a'] }))]

test('read-only in, read-only out', () => {
  const roadmap = findRoadmap(frozen, 'example')!
  expectTypeOf(roadmap).toEqualTypeOf<ReadonlyRoadmap>()
  expectTypeOf(findStep(roadmap, 'x')).toEqualTypeOf<ReadonlyStep | undefined>()
  expectTypeOf(findTopic(roadmap, 'x', 'y')).toEqualTypeOf<ReadonlyTopic | undefined>()
  expectTypeOf(stepsInDependencyOrder(roadmap)).toEqualTypeOf<ReadonlyStep[]>()
  expectTypeOf(listResources(roadmap)[0]!.resource).toEqualTypeOf<ReadonlyResource>()
  expectTypeOf(prerequisitesOf(frozen, 'example', 'b')![0]!.step).toEqualTypeOf<ReadonlyStep>()

  const step = roadmap.steps[0]!
  // What the types forbid, the frozen data refuses at runtime.
  // @ts-expect-error: the dataset's arrays are read-only.
  expect(() => roadmap.steps.push(step)).toThrow(TypeError)
  // @ts-expect-error: nested arrays too, not only the top level.
  expect(() => step.topics.push(step.topics[0]!)).toThrow(TypeError)
  expect(() => {
    // @ts-expect-error: and the properties of nested objects.
    step.topics[0]!.resources[0]!.url = 'https://example.com/'
  }).toThrow(TypeError)
})

test('mutable in, mutable out', () => {
  const roadmap: Roadmap = exampleRoadmap(['a', 'b'])
  expectTypeOf(findRoadmap([roadmap], roadmap.id)).toEqualTypeOf<Roadmap | undefined>()
  expectTypeOf(findStep(roadmap, 'x')).toEqualTypeOf<Step | undefined>()
  expectTypeOf(findTopic(roadmap, 'x', 'y')).toEqualTypeOf<Topic | undefined>()
  expectTypeOf(stepsInDependencyOrder(roadmap)).toEqualTypeOf<Step[]>()
  roadmap.steps[0]!.topics.push(roadmap.steps[0]!.topics[0]!)
  expect(roadmap.steps[0]!.topics).toHaveLength(3)
})
