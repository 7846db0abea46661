import { expect, test } from 'vitest'
import { lintContent, ofRule, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

async function malformed(link: string): Promise<string[]> {
  const messages = await lintContent({ 'backend/01-apis.md': stepMd(topicMd('REST', link)) })
  return ofRule(messages, 'url-malformed').map((message) => message.slice(message.indexOf(' url-malformed ') + 15))
}

test('reports whitespace', async () => {
  expect(await malformed('[MDN](<https://developer.mozilla.org/en-US/docs/Glossary/ Idempotent> "article")')).toEqual([
    'Unexpected whitespace in URL `https://developer.mozilla.org/en-US/docs/Glossary/ Idempotent`; fix the URL, or encode a space as `%20`'
  ])
})

test('reports a tab written as a character reference', async () => {
  expect(await malformed('[MDN](https://developer.mozilla.org/&#9;docs "article")')).toEqual([
    'Unexpected whitespace in URL `https://developer.mozilla.org/\tdocs`; fix the URL, or encode a space as `%20`'
  ])
})

test.each([
  [
    '[Wiki](<https://en.wikipedia.org/wiki/Idempotence_(computer_science> "article")',
    'https://en.wikipedia.org/wiki/Idempotence_(computer_science'
  ],
  ['[Wiki](https://en.wikipedia.org/wiki/Idempotence\\) "article")', 'https://en.wikipedia.org/wiki/Idempotence)']
])('reports unbalanced parentheses in %s', async (link, url) => {
  expect(await malformed(link)).toEqual([
    `Unexpected unbalanced parentheses in URL \`${url}\`; fix the URL, or encode \`(\` as \`%28\` and \`)\` as \`%29\``
  ])
})

test('reports unbalanced square brackets', async () => {
  expect(await malformed('[Wiki](https://example.com/wiki/[draft "article")')).toEqual([
    'Unexpected unbalanced square brackets in URL `https://example.com/wiki/[draft`; fix the URL, or encode `[` as `%5B` and `]` as `%5D`'
  ])
})

test.each([
  resourceMd('Wiki', 'https://en.wikipedia.org/wiki/Idempotence_(computer_science)'),
  resourceMd('Search', 'https://example.com/search?q[]=a&q[]=b'),
  resourceMd('Encoded', 'https://example.com/a%20b%28c')
])('accepts %s', async (link) => {
  expect(await malformed(link)).toEqual([])
})

test('checks links in prose too, as an error at the link', async () => {
  const messages = await lintContent({
    'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/')), {
      intro: 'See [the draft](<https://example.com/a b>).'
    })
  })
  expect(ofRule(messages, 'url-malformed')).toEqual([
    'backend/01-apis.md:7:5-7:43 error url-malformed Unexpected whitespace in URL `https://example.com/a b`; fix the URL, or encode a space as `%20`'
  ])
})
