import { parseContentFile } from '@roadmap/core'
import { describe, expect, test } from 'vitest'
import { lintContent, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'
import { readDisableComments } from '../util/disable-comments.js'

const tracked = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP?utm_source=x')
const short = resourceMd('Short', 'https://bit.ly/abc')

describe('readDisableComments', () => {
  test('reads the line each comment silences and its rule ids', () => {
    const markdown = stepMd(
      topicMd('REST', `${tracked} <!-- roadmap-lint-disable-line url-tracking-params -->`, short),
      {
        intro:
          '<!-- roadmap-lint-disable-next-line url-shortener, url-insecure -->\nSee [this](https://bit.ly/x).\n\n<!--roadmap-lint-disable-next-line-->\nAnd [that](https://bit.ly/y).\n\n<!-- an ordinary comment -->'
      }
    )
    const { tree } = parseContentFile(markdown, { path: 'backend/01-apis.md' })
    expect(readDisableComments(tree!).map(({ line, rules }) => ({ line, rules }))).toEqual([
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

  test('silences cross-file lint rules', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/')), {
        intro: 'See [missing](./09-missing.md). <!-- roadmap-lint-disable-line link-unresolved -->'
      })
    })
    expect(messages).toEqual([])
  })
})

describe('a pull request cannot silence the content format', () => {
  const bad = resourceMd('SQLBolt', '//sqlbolt.com/', 'course')

  test('a comment without rule ids silences lint rules only: the core error stays', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(
        topicMd('REST', `${bad} <!-- roadmap-lint-disable-line -->`, `${short} <!-- roadmap-lint-disable-line -->`),
        { intro: '<!-- roadmap-lint-disable-next-line -->\nSee [missing](./09-missing.md).' }
      )
    })
    expect(messages).toEqual([
      'backend/01-apis.md:14:3-14:37 error resource-url Unexpected resource URL `//sqlbolt.com/`, expected an absolute `https://` (or `http://`) URL with a domain name'
    ])
  })

  test('a comment naming a core rule silences nothing, and is reported where it is', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(
        topicMd(
          'REST',
          `${bad} <!-- roadmap-lint-disable-line resource-url url-shortener -->`,
          `${short} <!-- roadmap-lint-disable-line resource-url url-shortener -->`
        ),
        { intro: '<!-- roadmap-lint-disable-next-line internal-error, topic-incomplete -->\nWhy.' }
      )
    })
    expect(messages).toEqual([
      'backend/01-apis.md:7:1-7:73 error disable-comment Unexpected rule `internal-error` in a disable comment, expected only rules that can be silenced: a check that failed did not check the file, so the comment silences nothing; fix the problem instead',
      'backend/01-apis.md:7:1-7:73 error disable-comment Unexpected rule `topic-incomplete` in a disable comment, expected only rules that can be silenced: the rules of the content format (`@roadmap/core`) always apply, so the comment silences nothing; fix the problem instead',
      'backend/01-apis.md:14:3-14:37 error resource-url Unexpected resource URL `//sqlbolt.com/`, expected an absolute `https://` (or `http://`) URL with a domain name',
      'backend/01-apis.md:14:38-14:99 error disable-comment Unexpected rule `resource-url` in a disable comment, expected only rules that can be silenced: the rules of the content format (`@roadmap/core`) always apply, so the comment silences nothing; fix the problem instead',
      'backend/01-apis.md:15:41-15:102 error disable-comment Unexpected rule `resource-url` in a disable comment, expected only rules that can be silenced: the rules of the content format (`@roadmap/core`) always apply, so the comment silences nothing; fix the problem instead'
    ])
  })
})
