import { expect, test } from 'vitest'
import { lintContent, ofRule, roadmapMd, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

async function roadmapHeadings(body: string): Promise<string[]> {
  return lintContent({ 'backend/roadmap.md': `${roadmapMd}\n${body}` })
}

test('accepts headings that go down one level at a time, and back up any number', async () => {
  expect(
    await roadmapHeadings(
      '## Career\n\nText.\n\n### Junior\n\nText.\n\n#### First year\n\nText.\n\n## Salary\n\nText.\n\n### Europe\n\nText.\n'
    )
  ).toEqual([])
})

test('reports a skipped level', async () => {
  expect(
    await roadmapHeadings(
      '## Career\n\nText.\n\n#### First year\n\nText.\n\n### Junior\n\nText.\n\n###### Deep\n\nText.\n'
    )
  ).toEqual([
    'backend/roadmap.md:13:1-13:16 error heading-increment Unexpected `####` heading after `##`, expected `###` or higher',
    'backend/roadmap.md:21:1-21:12 error heading-increment Unexpected `######` heading after `###`, expected `####` or higher'
  ])
})

test('reports a sub-heading before the first section', async () => {
  expect(await roadmapHeadings('### What the job is\n\nText.\n\n## Career\n\nText.\n')).toEqual([
    'backend/roadmap.md:9:1-9:20 error heading-increment Unexpected `###` heading before any `##` heading, expected `##`'
  ])
})

test('reports headings nested in a list or quote as well', async () => {
  expect(await roadmapHeadings('## Career\n\n> #### Quoted\n')).toEqual([
    'backend/roadmap.md:11:3-11:14 error heading-increment Unexpected `####` heading after `##`, expected `###` or higher'
  ])
})

test('leaves step files to heading-depth, which already reports any heading but `##`', async () => {
  const messages = await lintContent({
    'backend/01-apis.md': stepMd(`${topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/'))}\n#### Deep\n`)
  })
  expect(ofRule(messages, 'heading-increment')).toEqual([])
  expect(ofRule(messages, 'heading-depth')).toHaveLength(1)
})
