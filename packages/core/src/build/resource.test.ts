import type { List } from 'mdast'
import type { Position } from 'unist'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { parseMarkdown } from '../parse/markdown.js'
import { Positions } from './positions.js'
import { buildResources } from './resource.js'

function resources(markdown: string) {
  const file = new VFile({ path: 'backend/01-step.md', value: markdown })
  const list = parseMarkdown(file).children.find((node): node is List => node.type === 'list')
  if (!list) throw new Error('no list in the example')
  const positions = new Positions()
  const built = buildResources(file, list, positions)
  return {
    resources: built,
    places: built.map((resource) => span(positions.get(resource))),
    messages: file.messages.map((message) => `${span(message.place as Position)} ${message.ruleId} ${message.reason}`)
  }
}

function span(position: Position | undefined): string {
  return position
    ? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
    : 'nowhere'
}

describe('buildResources', () => {
  test('each item is one link: title from its text, kind from its link title, placed at the link', () => {
    expect(
      resources(
        '- [PostgreSQL docs](https://www.postgresql.org/docs/ "official")\n* [Not a bullet of this list](https://example.org)\n'
      )
    ).toEqual({
      resources: [{ title: 'PostgreSQL docs', url: 'https://www.postgresql.org/docs/', kind: 'official' }],
      places: ['1:3-1:65'],
      messages: []
    })
  })

  test('a missing or unknown kind is kept as written, for the schema to report', () => {
    expect(
      resources(
        "- [No kind](https://example.org/a)\n- [Blog](https://example.org/b 'blog')\n- [Parens](https://example.org/c (video))\n"
      ).resources
    ).toEqual([
      { title: 'No kind', url: 'https://example.org/a', kind: undefined },
      { title: 'Blog', url: 'https://example.org/b', kind: 'blog' },
      { title: 'Parens', url: 'https://example.org/c', kind: 'video' }
    ])
  })

  test('link text in Markdown and over two lines is one plain line', () => {
    expect(resources('- [The `pg` **client**\n  docs](https://example.org "official")\n').resources[0]?.title).toBe(
      'The pg client docs'
    )
  })

  test('comments around the link do not count (lint directives)', () => {
    const markdown =
      '- [A](https://example.org/a "article") <!-- note -->\n- [B](https://example.org/b "article")\n  <!-- roadmap-lint-disable-next-line x -->\n'
    expect(resources(markdown)).toMatchObject({ messages: [], places: ['1:3-1:39', '2:3-2:39'] })
  })

  test.each([
    [
      'prose',
      '- Just some prose\n',
      '1:1-1:18 resource-format Unexpected list item `Just some prose`, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ],
    [
      'two links',
      '- [A](https://a.org "article") [B](https://b.org "article")\n',
      '1:1-1:60 resource-format Unexpected list item `A B`, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ],
    [
      'a link and prose',
      '- [A](https://a.org "article") is great\n',
      '1:1-1:40 resource-format Unexpected list item `A is great`, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ],
    [
      'an image',
      '- ![A](https://a.org/a.png)\n',
      '1:1-1:28 resource-format Unexpected list item `A`, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ],
    [
      'a reference link',
      '- [A][a]\n\n[a]: https://a.org\n',
      '1:1-1:9 resource-format Unexpected list item `A`, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ],
    [
      'a comment that opens the item (an HTML block: the link is not parsed)',
      '- <!-- a --> [A](https://a.org "article")\n',
      '1:1-1:42 resource-format Unexpected list item `<!-- a --> [A](https://a.org "article")`, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ],
    [
      'an empty item',
      '-\n',
      '1:1-1:2 resource-format Unexpected list item ``, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ],
    [
      'a nested list',
      '- [A](https://a.org "article")\n  - [B](https://b.org "article")\n',
      '1:1-2:33 resource-format Unexpected list item `AB`, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ],
    [
      'HTML that is not a comment',
      '- [A](https://a.org "article") <br>\n',
      '1:1-1:36 resource-format Unexpected list item `A <br>`, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ],
    [
      'a long item, cut in the message',
      `- ${'word '.repeat(20)}\n`,
      '1:1-1:103 resource-format Unexpected list item `word word word word word word word word…`, expected exactly one link such as `- [Title](https://example.org/page "official")`'
    ]
  ])('%s is not a resource', (_, markdown, message) => {
    const { resources: built, messages } = resources(markdown)
    expect(built).toEqual([])
    expect(messages).toEqual([message])
  })
})
