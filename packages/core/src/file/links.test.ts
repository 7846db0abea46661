import { describe, expect, test } from 'vitest'
import { linksAndHeadings } from './links.js'
import { parseContentFile } from './parse-file.js'

const stepMd = (topics: string, parts: { intro?: string } = {}) =>
  `---\ntitle: APIs\nsummary: Design APIs.\nlevel: beginner\n---\n\n${parts.intro ?? 'An introduction.'}\n\n${topics}`
const topicMd = (heading: string, ...resources: string[]) =>
  `## ${heading}\n\nWhat ${heading.toLowerCase()} is.\n\n${resources.map((resource) => `- ${resource}`).join('\n')}\n`
const resourceMd = (title: string, url: string) => `[${title}](${url} "article")`

function linksOf(markdown: string) {
  const parsed = parseContentFile(markdown, { path: 'backend/01-apis.md' })
  const { links, headings } = linksAndHeadings(markdown, parsed.tree!, true)
  return {
    anchors: headings.map((heading) => heading.anchor),
    full: links,
    links: links.map((link) => ({
      url: link.url,
      resource: link.resource,
      written: link.destination && markdown.slice(link.destination.start, link.destination.end)
    }))
  }
}

describe('linksAndHeadings', () => {
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
    expect(linksOf(markdown).anchors).toEqual(['rest--http', 'caching'])
    expect(linksOf(`${markdown}\n## Caching\n`).anchors).toEqual(['rest--http', 'caching', 'caching-1'])
  })

  test('gives each link its scheme and host as the URL standard reads them', () => {
    const markdown = stepMd(topicMd('REST', resourceMd('A', 'HTTPS://Example.COM/a')), {
      intro: 'See [b](http://bücher.example/), [c](mailto:a@example.com), [d](./02-x.md) and [e](https://[bad/).'
    })
    expect(linksOf(markdown).full.map(({ protocol, host }) => ({ protocol, host }))).toEqual([
      { protocol: 'http:', host: 'xn--bcher-kva.example' },
      { protocol: 'mailto:', host: undefined },
      { protocol: undefined, host: undefined },
      { protocol: 'https:', host: undefined },
      { protocol: 'https:', host: 'example.com' }
    ])
  })

  test('gives each heading its depth, text and place', () => {
    const markdown = stepMd(topicMd('REST *and* HTTP', resourceMd('A', 'https://example.com/a')))
    const parsed = parseContentFile(markdown, { path: 'backend/01-apis.md' })
    expect(linksAndHeadings(markdown, parsed.tree!, true).headings).toEqual([
      {
        depth: 2,
        text: 'REST and HTTP',
        anchor: 'rest-and-http',
        position: { start: { line: 9, column: 1, offset: 77 }, end: { line: 9, column: 19, offset: 95 } }
      }
    ])
  })
})
