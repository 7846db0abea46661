import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import { stepsInDependencyOrder } from './order.js'

const ids = (roadmap: ReturnType<typeof exampleRoadmap>) => stepsInDependencyOrder(roadmap).map((step) => step.id)

test('without requirements, steps come in file order (`NN`), whatever the array order', () => {
  const roadmap = exampleRoadmap(['a', 'b', 'c'])
  expect(ids({ ...roadmap, steps: [...roadmap.steps].reverse() })).toEqual(['a', 'b', 'c'])
})

test('a step comes after the steps it requires, which keep their file order otherwise', () => {
  expect(ids(exampleRoadmap(['a', 'b', 'c', 'd'], { a: ['c'] }))).toEqual(['c', 'a', 'b', 'd'])
  expect(ids(exampleRoadmap(['a', 'b', 'c', 'd'], { a: ['d', 'c'], d: ['b'] }))).toEqual(['b', 'd', 'c', 'a'])
})

test('requirements on other roadmaps and unknown steps do not change the order', () => {
  expect(ids(exampleRoadmap(['a', 'b'], { a: ['other/b', 'missing'] }))).toEqual(['a', 'b'])
})

test('every step is returned exactly once, even with a cycle', () => {
  expect(ids(exampleRoadmap(['a', 'b', 'c'], { a: ['b'], b: ['a'] }))).toEqual(['b', 'a', 'c'])
})

test('the roadmap is not changed', () => {
  const roadmap = exampleRoadmap(['a', 'b'], { a: ['b'] })
  stepsInDependencyOrder(roadmap)
  expect(roadmap.steps.map((step) => step.id)).toEqual(['a', 'b'])
})
