import { expect, test } from 'vitest'
import { lintContent, ofRule, roadmapMd, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

const resource = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP')
const sixty = 'A'.repeat(60)

async function titles(files: Record<string, string>, config?: unknown): Promise<string[]> {
  return ofRule(await lintContent(files, config), 'title-max-length')
}

test('accepts 60 characters, counting an emoji as one', async () => {
  expect(
    await titles({ 'backend/01-apis.md': stepMd(topicMd(sixty, resource), { title: `${'A'.repeat(59)}🚀` }) })
  ).toEqual([])
})

test('reports a step title and a topic heading over 60 characters', async () => {
  expect(
    await titles({ 'backend/01-apis.md': stepMd(topicMd(`${sixty}B`, resource), { title: `${sixty}é` }) })
  ).toEqual([
    `backend/01-apis.md:2:8-2:69 warning title-max-length Unexpected title of 61 characters, expected at most 60; shorten \`${sixty}é\``,
    `backend/01-apis.md:9:1-9:65 warning title-max-length Unexpected topic heading of 61 characters, expected at most 60; shorten \`${sixty}B\``
  ])
})

test('reports a roadmap title and a section heading', async () => {
  const roadmap = roadmapMd.replace('title: Backend developer', `title: ${sixty}B`)
  expect(await titles({ 'backend/roadmap.md': `${roadmap}\n## ${sixty}C\n\nText.\n` })).toEqual([
    `backend/roadmap.md:2:8-2:69 warning title-max-length Unexpected title of 61 characters, expected at most 60; shorten \`${sixty}B\``,
    `backend/roadmap.md:9:1-9:65 warning title-max-length Unexpected section heading of 61 characters, expected at most 60; shorten \`${sixty}C\``
  ])
})

test('takes its limit from the `max` option', async () => {
  const files = {
    'backend/01-apis.md': stepMd(topicMd(`${sixty}B`, resource), { title: 'Application programming interfaces' })
  }
  expect(await titles(files, { rules: { 'title-max-length': ['warning', { max: 80 }] } })).toEqual([])
  expect(
    (await titles(files, { rules: { 'title-max-length': ['error', { max: 20 }] } })).map((message) =>
      message.slice(message.indexOf(' error '))
    )
  ).toEqual([
    ' error title-max-length Unexpected title of 34 characters, expected at most 20; shorten `Application programming interfaces`',
    ` error title-max-length Unexpected topic heading of 61 characters, expected at most 20; shorten \`${sixty}B\``
  ])
})
