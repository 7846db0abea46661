import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import { allTopics } from './topics.js'

test('every topic in reading order, with its roadmap, step and key', () => {
  const example = exampleRoadmap(['a', 'b'])
  const other = { ...exampleRoadmap(['x']), id: 'other' }
  const topics = allTopics([example, other])
  expect(topics.map(({ key }) => key)).toEqual([
    'example/a/a-one',
    'example/a/a-two',
    'example/b/b-one',
    'example/b/b-two',
    'other/x/x-one',
    'other/x/x-two'
  ])
  expect(topics[2]).toEqual({
    roadmap: example,
    step: example.steps[1],
    topic: example.steps[1]?.topics[0],
    key: 'example/b/b-one'
  })
  expect(allTopics([])).toEqual([])
})
