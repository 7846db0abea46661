import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import type { Roadmap } from '../schema/model.js'
import { findRoadmap, findStep, findTopic } from './find.js'

const roadmap = exampleRoadmap(['basics', 'apis'])
const other = { ...exampleRoadmap(['x']), id: 'other' }

test('findRoadmap finds by id, or gives undefined', () => {
  expect(findRoadmap([other, roadmap], 'example')).toBe(roadmap)
  expect(findRoadmap([other, roadmap], 'other')).toBe(other)
  expect(findRoadmap([other, roadmap], 'missing')).toBeUndefined()
  expect(findRoadmap([] as Roadmap[], 'example')).toBeUndefined()
})

test('findStep finds a step of the roadmap by id', () => {
  expect(findStep(roadmap, 'apis')).toBe(roadmap.steps[1])
  expect(findStep(roadmap, 'x')).toBeUndefined()
})

test('findTopic finds a topic by step id and topic id, only in that step', () => {
  expect(findTopic(roadmap, 'apis', 'apis-two')).toBe(roadmap.steps[1]?.topics[1])
  expect(findTopic(roadmap, 'basics', 'apis-two')).toBeUndefined()
  expect(findTopic(roadmap, 'missing', 'apis-two')).toBeUndefined()
})
