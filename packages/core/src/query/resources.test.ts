import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import { listResources } from './resources.js'

test('every resource in reading order, with its roadmap, step and topic', () => {
  const roadmap = exampleRoadmap(['a', 'b'])
  const entries = listResources(roadmap)
  expect(entries.map(({ step, topic, resource }) => `${step.id} ${topic.id} ${resource.url}`)).toEqual([
    'a a-one https://example.org/a/one',
    'a a-two https://example.org/a/two',
    'b b-one https://example.org/b/one',
    'b b-two https://example.org/b/two'
  ])
  expect(entries[3]?.roadmap).toBe(roadmap)
  expect(entries[3]?.topic).toBe(roadmap.steps[1]?.topics[1])
  expect(entries[3]?.resource).toBe(roadmap.steps[1]?.topics[1]?.resources[0])
})

test('a roadmap without steps has no resources', () => {
  expect(listResources({ ...exampleRoadmap([]), steps: [] })).toEqual([])
})
