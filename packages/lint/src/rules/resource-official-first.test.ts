import { expect, test } from 'vitest'
import { fixedContent, lintContent, ofRule, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

const video = resourceMd('REST in 20 minutes', 'https://www.youtube.com/watch?v=lsMQRaeKNDk', 'video')
const rfc = resourceMd('RFC 9110', 'https://www.rfc-editor.org/rfc/rfc9110', 'official')
const mdn = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP', 'official')

test('--fix moves official resources up, each group in its order, comments between items staying put', async () => {
  const list = `${topicMd('REST', video, rfc)}<!-- a note -->\n- ${mdn}\n`
  const files = { 'backend/01-apis.md': stepMd(list) }
  expect(ofRule(await lintContent(files), 'resource-official-first')).toHaveLength(2)
  expect(await fixedContent(files)).toEqual({
    'backend/01-apis.md': stepMd(`${topicMd('REST', rfc, mdn)}<!-- a note -->\n- ${video}\n`)
  })
})

test('each topic is judged on its own', async () => {
  const files = { 'backend/01-apis.md': stepMd(`${topicMd('REST', video)}\n${topicMd('HTTP', rfc)}`) }
  expect(ofRule(await lintContent(files), 'resource-official-first')).toEqual([])
})
