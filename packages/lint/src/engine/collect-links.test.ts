import { parseContentFile } from '@roadmap/core'
import { describe, expect, test } from 'vitest'
import { resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'
import { collectLinks } from './collect-links.js'

function linksOf(markdown: string) {
  const parsed = parseContentFile(markdown, { path: 'backend/01-apis.md' })
  const { links, anchors } = collectLinks(parsed.file, parsed.tree!, true)
  return {
    anchors,
    links: links.map((link) => ({
      url: link.url,
      resource: link.resource,
      written: link.destination && markdown.slice(link.destination.start, link.destination.end)
    }))
  }
}

describe('collectLinks', () => {
  test('finds resources and prose links, with the destination as written', () => {
    const markdown = stepMd(
      topicMd(
        'REST & HTTP',
        resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP'),
        '[Wiki](https://en.wikipedia.org/wiki/REST_(disambiguation) "article")',
        '[Spaced](<https://example.com/a b> "article")',
        "[Quoted](https://example.com/a\\_b 'article')",
        '[Entity](https://example.com/?a=1&amp;b=2 "article")'
      ),
      { intro: 'See [MDN](https://developer.mozilla.org/) and [this step](#rest--http).' }
    )
    expect(linksOf(markdown).links).toEqual([
      { url: 'https://developer.mozilla.org/', resource: false, written: 'https://developer.mozilla.org/' },
      { url: '#rest--http', resource: false, written: '#rest--http' },
      {
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP',
        resource: true,
        written: 'https://developer.mozilla.org/en-US/docs/Web/HTTP'
      },
      {
        url: 'https://en.wikipedia.org/wiki/REST_(disambiguation)',
        resource: true,
        written: 'https://en.wikipedia.org/wiki/REST_(disambiguation)'
      },
      { url: 'https://example.com/a b', resource: true, written: 'https://example.com/a b' },
      { url: 'https://example.com/a_b', resource: true, written: 'https://example.com/a\\_b' },
      { url: 'https://example.com/?a=1&b=2', resource: true, written: 'https://example.com/?a=1&amp;b=2' }
    ])
  })

  test('finds the destination after the link text, even when the title holds `](`', () => {
    const markdown = stepMd(topicMd('REST', '[Guide](https://example.com/guide "article")'), {
      intro: 'See [the [RFC] guide](https://example.com/a?utm_source=x "see ](here)").'
    })
    expect(linksOf(markdown).links[0]).toEqual({
      url: 'https://example.com/a?utm_source=x',
      resource: false,
      written: 'https://example.com/a?utm_source=x'
    })
  })

  test('finds the destination of a link without text, and of one split over lines', () => {
    const markdown = stepMd(topicMd('REST', '[Guide](https://example.com/guide "article")'), {
      intro: 'See [](https://example.com/empty) and [a\nlink](\n  https://example.com/split\n  "title").'
    })
    expect(
      linksOf(markdown)
        .links.slice(0, 2)
        .map((link) => link.written)
    ).toEqual(['https://example.com/empty', 'https://example.com/split'])
  })

  test('gives no destination for an autolink, which a fix must not rewrite', () => {
    const markdown = stepMd(topicMd('REST', '[Guide](https://example.com/guide "article")'), {
      intro: 'See <https://example.com/a?utm_source=x>.'
    })
    expect(linksOf(markdown).links[0]).toEqual({
      url: 'https://example.com/a?utm_source=x',
      resource: false,
      written: undefined
    })
  })

  test('collects GitHub anchors for every heading, numbering repeats', () => {
    const markdown = stepMd(
      `${topicMd('REST & HTTP', resourceMd('A', 'https://example.com/a'))}\n${topicMd('Caching', resourceMd('B', 'https://example.com/b'))}`
    )
    expect([...linksOf(markdown).anchors]).toEqual(['rest--http', 'caching'])
  })
})
