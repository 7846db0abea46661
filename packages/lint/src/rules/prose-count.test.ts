import { expect, test } from 'vitest'
import { lintContent, ofRule, resourceMd, roadmapMd, stepMd, topicMd } from '../../test/helpers/content.js'

const topic = topicMd('REST', resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP', 'official'))

test('a right count is fine, a wrong one is reported where it is written', async () => {
  const files = {
    'backend/roadmap.md': `${roadmapMd}\nA two-step guide. The first three steps are the basics.\n`,
    'backend/01-apis.md': stepMd(topic, { intro: 'This one-topic step is short; it is a ten-step guide.' }),
    'backend/02-more.md': stepMd(topic)
  }
  expect(ofRule(await lintContent(files), 'prose-count')).toEqual([
    'backend/01-apis.md:7:39-7:47 warning prose-count Unexpected `ten-step`: the `backend` roadmap has 2 steps; write “the steps below” instead of a number, which goes stale'
  ])
})

test('a bare form counts only in the file it speaks for', async () => {
  const files = {
    'backend/roadmap.md': `${roadmapMd}\nThese 5 steps are enough; these 9 topics too.\n`,
    'backend/01-apis.md': stepMd(topic, { intro: 'Repeat these two steps until it passes.' })
  }
  expect(ofRule(await lintContent(files), 'prose-count')).toEqual([
    'backend/roadmap.md:9:7-9:14 warning prose-count Unexpected `5 steps`: the `backend` roadmap has 1 step; write “the steps below” instead of a number, which goes stale'
  ])
})
