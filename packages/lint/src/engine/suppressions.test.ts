import { parseContentFile } from '@roadmap/core'
import { describe, expect, test } from 'vitest'
import { lintContent, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'
import { readSuppressions } from './suppressions.js'

const tracked = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP?utm_source=x')
const short = resourceMd('Short', 'https://bit.ly/abc')

describe('readSuppressions', () => {
  test('reads the line each comment silences and its rule ids', () => {
    const markdown = stepMd(
      topicMd('REST', `${tracked} <!-- roadmap-lint-disable-line url-tracking-params -->`, short),
      {
        intro:
          '<!-- roadmap-lint-disable-next-line url-shortener, url-insecure -->\nSee [this](https://bit.ly/x).\n\n<!--roadmap-lint-disable-next-line-->\nAnd [that](https://bit.ly/y).\n\n<!-- an ordinary comment -->'
      }
    )
    const { tree } = parseContentFile(markdown, { path: 'backend/01-apis.md' })
    expect(readSuppressions(tree!)).toEqual([
      { line: 8, rules: new Set(['url-shortener', 'url-insecure']) },
      { line: 11, rules: new Set() },
      { line: 19, rules: new Set(['url-tracking-params']) }
    ])
  })
})

describe('suppression comments', () => {
  test('disable-next-line silences the named rule on the next line only', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/')), {
        intro:
          '<!-- roadmap-lint-disable-next-line url-shortener -->\nSee [this](https://bit.ly/x) and [that](http://example.com/).\nAnd [this too](https://bit.ly/y).'
      })
    })
    expect(messages.map((message) => message.split(' ').slice(0, 3).join(' '))).toEqual([
      'backend/01-apis.md:8:34-8:61 warning url-insecure',
      'backend/01-apis.md:9:5-9:33 error url-shortener'
    ])
  })

  test('disable-next-line without rule ids silences every rule on the next line', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/')), {
        intro:
          '<!-- roadmap-lint-disable-next-line -->\nSee [this](https://bit.ly/x?utm_source=y) and [that](http://example.com/).'
      })
    })
    expect(messages).toEqual([])
  })

  test('disable-line at the end of a resource line silences that line', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(
        topicMd(
          'REST',
          `${tracked} <!-- roadmap-lint-disable-line url-tracking-params -->`,
          resourceMd('Python', 'https://docs.python.org/3/?utm_source=x')
        )
      )
    })
    expect(messages.map((message) => message.split(' ').slice(0, 3).join(' '))).toEqual([
      'backend/01-apis.md:14:3-14:62 warning url-tracking-params'
    ])
  })

  test('disable-line without rule ids silences every rule of its line', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(
        topicMd('REST', `[Talk](https://youtu.be/abc?si=x "article") <!-- roadmap-lint-disable-line -->`)
      )
    })
    expect(messages).toEqual([])
  })

  test('a comment naming another rule silences nothing', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(topicMd('REST', `${short} <!-- roadmap-lint-disable-line url-insecure -->`))
    })
    expect(messages.map((message) => message.split(' ')[2])).toEqual(['url-shortener'])
  })

  test('silences cross-file rules and core rules too', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/')), {
        intro:
          'See [missing](./09-missing.md). <!-- roadmap-lint-disable-line link-unresolved -->\n\n<!-- roadmap-lint-disable-next-line resource-kind -->\n- [x](https://example.com/ "spec")'
      })
    })
    expect(messages).toEqual([])
  })
})
