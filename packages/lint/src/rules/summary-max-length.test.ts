import { expect, test } from 'vitest'
import { lintContent, ofRule, roadmapMd, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

const topics = topicMd('REST', resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP'))

async function summaries(files: Record<string, string>, config?: unknown): Promise<string[]> {
  return ofRule(await lintContent(files, config), 'summary-max-length')
}

test('accepts a summary of 160 characters', async () => {
  expect(await summaries({ 'backend/01-apis.md': stepMd(topics, { summary: 'a'.repeat(160) }) })).toEqual([])
})

test('reports a step summary over 160 characters, at its value', async () => {
  expect(await summaries({ 'backend/01-apis.md': stepMd(topics, { summary: 'a'.repeat(161) }) })).toEqual([
    'backend/01-apis.md:3:10-3:171 warning summary-max-length Unexpected `summary` of 161 characters, expected at most 160; keep it to one short sentence and move detail into the introduction'
  ])
})

test('reports a roadmap description', async () => {
  const roadmap = roadmapMd.replace(/^description: .*$/m, `description: ${'a'.repeat(170)}`)
  expect(await summaries({ 'backend/roadmap.md': roadmap })).toEqual([
    'backend/roadmap.md:3:14-3:184 warning summary-max-length Unexpected `description` of 170 characters, expected at most 160; keep it to one short sentence and move detail into the introduction'
  ])
})

test('takes its limit from the `max` option', async () => {
  const files = { 'backend/01-apis.md': stepMd(topics, { summary: 'a'.repeat(190) }) }
  expect(await summaries(files, { rules: { 'summary-max-length': ['warning', { max: 200 }] } })).toEqual([])
  expect(await summaries(files, { rules: { 'summary-max-length': ['warning', { max: 100 }] } })).toEqual([
    'backend/01-apis.md:3:10-3:200 warning summary-max-length Unexpected `summary` of 190 characters, expected at most 100; keep it to one short sentence and move detail into the introduction'
  ])
})
