import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import type { Roadmap } from '../schema/model.js'
import { findStepByKey, findTopicByKey } from './lookup.js'

/** `example/b` was `example/old`; topic `b-one` was `example/a/moved-out`, and `a-two` came from `other/x/two`. */
function movedRoadmap(): Roadmap {
  const roadmap = exampleRoadmap(['a', 'b'])
  const [a, b] = roadmap.steps as [Roadmap['steps'][number], Roadmap['steps'][number]]
  b.aliases.push('example/old')
  b.topics[0]?.aliases.push('example/a/moved-out')
  a.topics[1]?.aliases.push('other/x/two')
  return roadmap
}

test('a live key finds its topic; a former key finds where it went, and says it moved', () => {
  const roadmap = movedRoadmap()
  expect(findTopicByKey([roadmap], 'example/a/a-one')).toMatchObject({
    key: 'example/a/a-one',
    moved: false,
    topic: { id: 'a-one' }
  })
  expect(findTopicByKey([roadmap], 'example/a/moved-out')).toMatchObject({
    key: 'example/b/b-one',
    moved: true,
    step: { id: 'b' },
    topic: { id: 'b-one' }
  })
  expect(findTopicByKey([roadmap], 'other/x/two')).toMatchObject({ key: 'example/a/a-two', moved: true })
})

test("a step's former key takes its topics along", () => {
  const roadmap = movedRoadmap()
  expect(findTopicByKey([roadmap], 'example/old/b-two')).toMatchObject({ key: 'example/b/b-two', moved: true })
  expect(findStepByKey([roadmap], 'example/old')).toMatchObject({ key: 'example/b', moved: true, step: { id: 'b' } })
  expect(findStepByKey([roadmap], 'example/b')).toMatchObject({ key: 'example/b', moved: false })
})

test('a live key wins over an alias that names it (unchecked data)', () => {
  const roadmap = movedRoadmap()
  roadmap.steps[1]?.topics[1]?.aliases.push('example/a/a-one')
  expect(findTopicByKey([roadmap], 'example/a/a-one')).toMatchObject({ key: 'example/a/a-one', moved: false })
})

test.each([['example/a/missing'], ['example/nope'], ['not a key'], [''], [undefined], [42], [{}]])(
  'an unknown or malformed key `%s` finds nothing and never throws',
  (key) => {
    expect(findTopicByKey([movedRoadmap()], key as string)).toBeUndefined()
    expect(findStepByKey([movedRoadmap()], key as string)).toBeUndefined()
  }
)
