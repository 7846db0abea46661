import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import { listResources, resourcesByKind } from './resources.js'

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

test('resources of any set of roadmaps by kind, every kind present', () => {
  const example = exampleRoadmap(['a'])
  const other = { ...exampleRoadmap(['x']), id: 'other' }
  other.steps[0]!.topics[0]!.resources[0]!.kind = 'video'
  const byKind = resourcesByKind([example, other])
  expect(Object.keys(byKind)).toEqual(['official', 'article', 'video', 'course', 'book', 'podcast', 'opensource'])
  expect(byKind.video.map(({ roadmap, resource }) => `${roadmap.id} ${resource.url}`)).toEqual([
    'other https://example.org/x/one'
  ])
  expect(byKind.article).toHaveLength(3)
  expect(byKind.book).toEqual([])
  expect(resourcesByKind([]).video).toEqual([])
})
