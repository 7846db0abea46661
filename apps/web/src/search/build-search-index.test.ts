import { roadmaps } from '@roadmap/core/data'
import { expect, test } from 'vitest'
import { buildSearchIndex } from './build-search-index.js'

test('every roadmap, step and topic is one entry, in reading order, with its page', () => {
  const index = buildSearchIndex(roadmaps)
  const expected = roadmaps.flatMap((roadmap) => [
    `roadmap /roadmaps/${roadmap.id}/`,
    ...roadmap.steps.flatMap((step) => [
      `step /roadmaps/${roadmap.id}/${step.id}/`,
      ...step.topics.map((topic) => `topic /roadmaps/${roadmap.id}/${step.id}/#${topic.id}`)
    ])
  ])
  expect(index.map((entry) => `${entry.kind} ${entry.url}`)).toEqual(expected)
})

test('topic text is plain: no Markdown syntax, a one-sentence summary', () => {
  const topic = buildSearchIndex(roadmaps).find((entry) => entry.kind === 'topic')!
  expect(topic.text).not.toMatch(/\]\(|\*\*|`/)
  expect(topic.summary.length).toBeLessThanOrEqual(160)
  expect(topic.text.startsWith(topic.summary.replace(/…$/, ''))).toBe(true)
})
