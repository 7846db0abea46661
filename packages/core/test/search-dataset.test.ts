// The search as a learner uses it, on the dataset: what issue 26 asks of the site.
import { expect, test } from 'vitest'
import { createTopicSearch } from '../src/search/index.js'
import { roadmaps } from '../dist/data.js'

const search = createTopicSearch(roadmaps)

test('a typo finds the topic: `kubernets` finds Kubernetes', () => {
  const [first] = search.search('kubernets')
  expect(`${first?.title} ${first?.stepTitle}`).toMatch(/kubernetes/i)
})

test('resource titles are indexed: `SQLBolt` finds the topic that lists it', () => {
  const keys = search.search('SQLBolt').map(({ key }) => key)
  const listing = roadmaps.flatMap((roadmap) =>
    roadmap.steps.flatMap((step) =>
      step.topics
        .filter((topic) => topic.resources.some((resource) => /sqlbolt/i.test(resource.title)))
        .map((topic) => `${roadmap.id}/${step.id}/${topic.id}`)
    )
  )
  expect(listing.length).toBeGreaterThan(0)
  expect(keys.slice(0, listing.length).sort()).toEqual(listing.sort())
})

test('`sql injection` finds the topic whose resource is the OWASP SQL injection cheat sheet', () => {
  const cheatSheet = roadmaps.flatMap((roadmap) =>
    roadmap.steps.flatMap((step) =>
      step.topics
        .filter((topic) => topic.resources.some((resource) => /sql injection/i.test(resource.title)))
        .map((topic) => `${roadmap.id}/${step.id}/${topic.id}`)
    )
  )
  expect(cheatSheet.length).toBeGreaterThan(0)
  expect(search.search('sql injection', { limit: 5 }).map(({ key }) => key)).toEqual(expect.arrayContaining(cheatSheet))
})

test('every topic is found by its own title', () => {
  for (const roadmap of roadmaps)
    for (const step of roadmap.steps)
      for (const topic of step.topics)
        expect(
          search.search(topic.title, { limit: 10 }).map(({ key }) => key),
          topic.title
        ).toContain(`${roadmap.id}/${step.id}/${topic.id}`)
})
