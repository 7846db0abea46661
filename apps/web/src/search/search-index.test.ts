import { roadmaps } from '@roadmap/core/data'
import { allTopics } from '@roadmap/core/query'
import { loadTopicSearch } from '@roadmap/core/search'
import { expect, test } from 'vitest'
import { loadPageSearch } from './page-search.js'
import { pageEntries, searchIndex } from './search-index.js'

// Written as the site writes it, read back as the browser reads it.
const index = JSON.parse(JSON.stringify(searchIndex(roadmaps)))
const topics = loadTopicSearch(JSON.stringify(index.topics))
const pages = loadPageSearch(JSON.stringify(index.pages))

test('every roadmap and step is an entry with its page, in reading order', () => {
  expect(pageEntries(roadmaps).map((entry) => `${entry.kind} ${entry.url}`)).toEqual(
    roadmaps.flatMap((roadmap) => [
      `roadmap /roadmaps/${roadmap.id}/`,
      ...roadmap.steps.map((step) => `step /roadmaps/${roadmap.id}/${step.id}/`)
    ])
  )
})

test('typos, prefixes and resource titles find their topics', () => {
  const keys = (query: string) => topics.search(query, { limit: 5 }).map((result) => result.key)
  const titled = (pattern: RegExp) => allTopics(roadmaps).filter(({ topic }) => pattern.test(topic.title))
  const withResource = (pattern: RegExp) =>
    allTopics(roadmaps).filter(({ topic }) => topic.resources.some((resource) => pattern.test(resource.title)))
  expect(titled(/kubernetes/i).map(({ key }) => key)).toContain(keys('kubernets')[0])
  expect(withResource(/SQLBolt/).map(({ key }) => key)).toContain(keys('SQLBolt')[0])
  expect(keys('sql injection')).toEqual(
    expect.arrayContaining([withResource(/SQL injection/i).map(({ key }) => key)[0]])
  )
})

test('steps are found by a typo and by a prefix of their title', () => {
  const step = roadmaps[0]!.steps[0]!
  const word = step.title.split(' ').find((each) => each.length >= 6)!
  const typo = `${word.slice(0, 3)}${word[3] === 'x' ? 'y' : 'x'}${word.slice(4)}` // one letter wrong
  expect(pages.search(typo).map((result) => result.title)).toContain(step.title)
  expect(pages.search(word.slice(0, 4)).map((result) => result.title)).toContain(step.title)
})

test('every topic has a plain one-sentence summary', () => {
  for (const { key } of allTopics(roadmaps)) {
    const summary = index.summaries[key] as string
    expect(summary, key).not.toMatch(/\]\(|\*\*|`/)
    expect(summary.length, key).toBeLessThanOrEqual(160)
  }
})
