import { describe, expect, test } from 'vitest'
import { fixedContent, lintContent, ofRule, stepMd, topicMd } from '../../test/helpers/content.js'

async function mismatches(resource: string): Promise<string[]> {
  const messages = await lintContent({ 'backend/01-apis.md': stepMd(topicMd('REST', resource)) })
  return ofRule(messages, 'resource-kind-mismatch').map((message) => message.slice(message.indexOf('Unexpected')))
}

describe('resource-kind-mismatch', () => {
  test.each([
    ['https://www.youtube.com/watch?v=lsMQRaeKNDk', 'YouTube'],
    ['https://youtube.com/watch?v=lsMQRaeKNDk', 'YouTube'],
    ['https://m.youtube.com/watch?v=lsMQRaeKNDk', 'YouTube'],
    ['https://www.youtube.com/playlist?list=PL123', 'YouTube'],
    ['https://www.youtube.com/shorts/abc123', 'YouTube'],
    ['https://www.youtube.com/live/abc123', 'YouTube'],
    ['https://www.youtube.com/embed/abc123', 'YouTube'],
    ['https://youtu.be/HiBDZgTNpXY', 'YouTube'],
    ['https://vimeo.com/76979871', 'Vimeo'],
    ['https://www.vimeo.com/76979871', 'Vimeo']
  ])('reports %s marked `article`', async (url, host) => {
    expect(await mismatches(`[A talk](${url} "article")`)).toEqual([
      `Unexpected kind \`article\` for a ${host} link, expected \`video\``
    ])
  })

  test.each([
    '[A talk](https://www.youtube.com/watch?v=lsMQRaeKNDk "video")',
    '[A channel](https://www.youtube.com/@PostgresTV "official")',
    '[Vimeo help](https://vimeo.com/help/faq "article")',
    '[A page about YouTube](https://example.com/youtube.com/watch "article")'
  ])('accepts %s', async (resource) => {
    expect(await mismatches(resource)).toEqual([])
  })

  test('reports at the link, as a warning', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(topicMd('REST', '[HTTP caching](https://youtu.be/HiBDZgTNpXY "course")'))
    })
    expect(ofRule(messages, 'resource-kind-mismatch')).toEqual([
      'backend/01-apis.md:13:3-13:56 warning resource-kind-mismatch Unexpected kind `course` for a YouTube link, expected `video`'
    ])
  })

  test('ignores links in prose, which have no kind', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(topicMd('REST', '[MDN](https://developer.mozilla.org/ "article")'), {
        intro: 'Watch [this talk](https://youtu.be/HiBDZgTNpXY) first.'
      })
    })
    expect(ofRule(messages, 'resource-kind-mismatch')).toEqual([])
  })
})

describe('the resource-kind-mismatch fix', () => {
  test.each([
    ['"article"', '"video"'],
    ["'article'", '"video"'],
    ['(article)', '"video"']
  ])('replaces the kind written as %s', async (kind, replaced) => {
    const fixed = await fixedContent({
      'backend/01-apis.md': stepMd(topicMd('REST', `[REST (a talk)](https://youtu.be/HiBDZgTNpXY ${kind})`))
    })
    expect(fixed['backend/01-apis.md']).toContain(`- [REST (a talk)](https://youtu.be/HiBDZgTNpXY ${replaced})\n`)
  })

  test('adds the kind when there is none', async () => {
    const fixed = await fixedContent({
      'backend/01-apis.md': stepMd(topicMd('REST', '[REST](https://youtu.be/HiBDZgTNpXY)'))
    })
    expect(fixed['backend/01-apis.md']).toContain('- [REST](https://youtu.be/HiBDZgTNpXY "video")\n')
  })
})
