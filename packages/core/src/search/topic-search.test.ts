import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import type { Roadmap } from '../schema/model.js'
import { plainText } from './plain-text.js'
import { createTopicSearch, loadTopicSearch } from './topic-search.js'

function roadmaps(): Roadmap[] {
  const example = exampleRoadmap(['a', 'b'])
  const [a, b] = example.steps as [Roadmap['steps'][number], Roadmap['steps'][number]]
  Object.assign(a.topics[0]!, {
    title: 'Container orchestration with Kubernetes',
    description: 'Run many containers; see [the docs](https://example.org/zebra).'
  })
  a.topics[0]!.resources[0]!.title = 'SQLBolt interactive lessons'
  Object.assign(b.topics[1]!, { title: 'Injection attacks', description: 'Never build SQL from strings.' })
  return [example, { ...exampleRoadmap(['x']), id: 'other', title: 'Other' }]
}

test('finds a topic by its title despite a typo, by a prefix, and by a resource title', () => {
  const search = createTopicSearch(roadmaps())
  expect(search.search('kubernets')[0]).toMatchObject({
    key: 'example/a/a-one',
    roadmapId: 'example',
    stepId: 'a',
    topicId: 'a-one',
    title: 'Container orchestration with Kubernetes',
    stepTitle: 'Step a',
    roadmapTitle: 'Example'
  })
  expect(search.search('orchestr').map(({ key }) => key)).toEqual(['example/a/a-one'])
  expect(search.search('SQLBolt').map(({ key }) => key)).toEqual(['example/a/a-one'])
})

test('every word must match when some topic has them all; otherwise any', () => {
  const search = createTopicSearch(roadmaps())
  expect(search.search('sql injection').map(({ key }) => key)).toEqual(['example/b/b-two'])
  expect(
    search
      .search('kubernetes injection')
      .map(({ key }) => key)
      .sort()
  ).toEqual(['example/a/a-one', 'example/b/b-two'])
})

test('link targets are not words of a description', () => {
  expect(createTopicSearch(roadmaps()).search('zebra')).toEqual([])
  expect(plainText('See [the docs](https://example.org/zebra) <!-- x --> **now**')).not.toMatch(/zebra|x|\*/)
})

test('limit and roadmaps narrow the results; an empty or odd query finds nothing and never throws', () => {
  const search = createTopicSearch(roadmaps())
  expect(search.search('guide').length).toBe(5)
  expect(search.search('guide', { limit: 2 })).toHaveLength(2)
  expect(search.search('guide', { roadmaps: ['other'] }).map(({ roadmapId }) => roadmapId)).toEqual(['other', 'other'])
  expect(search.search('')).toEqual([])
  expect(search.search('   ')).toEqual([])
  expect(search.search(undefined as unknown as string)).toEqual([])
  expect(search.search('(*&^%$')).toEqual([])
})

test('an index written as JSON searches the same once loaded, without the dataset', () => {
  const search = createTopicSearch(roadmaps())
  const loaded = loadTopicSearch(JSON.stringify(search))
  for (const query of ['kubernets', 'sqlbolt', 'sql injection', 'guide'])
    expect(loaded.search(query)).toEqual(search.search(query))
})
