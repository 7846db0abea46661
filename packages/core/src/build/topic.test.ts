import type { Position } from 'unist'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { parseMarkdown } from '../parse/markdown.js'
import { splitAtHeadings } from './headings.js'
import { Positions } from './positions.js'
import { buildTopic } from './topic.js'

function topic(body: string) {
  const file = new VFile({ path: 'backend/01-step.md', value: `## Topic\n\n${body}` })
  const { blocks } = splitAtHeadings(file, parseMarkdown(file).children, { allowSubheadings: false, noun: 'topic' })
  const block = blocks[0]
  if (!block) throw new Error('no topic in the example')
  const built = buildTopic(file, block, new Positions())
  return {
    description: built.description,
    urls: built.resources.map((resource) => resource.url),
    messages: file.messages.map((message) => {
      const { start, end } = message.place as Position
      return `${start.line}:${start.column}-${end.line}:${end.column} ${message.ruleId} ${message.reason}`
    })
  }
}

const a = '- [A](https://example.org/a "article")\n'
const b = '- [B](https://example.org/b "article")\n'

describe('buildTopic', () => {
  test('paragraphs are the description, as Markdown; the list gives the resources', () => {
    expect(topic(`First *paragraph*.\n\nSecond\nparagraph.\n\n${a}${b}`)).toEqual({
      description: 'First *paragraph*.\n\nSecond\nparagraph.',
      urls: ['https://example.org/a', 'https://example.org/b'],
      messages: []
    })
  })

  test('a list split by a comment line is still one resource list (lint directives)', () => {
    expect(topic(`Text.\n\n${a}<!-- roadmap-lint-disable-next-line resource-url -->\n${b}`)).toEqual({
      description: 'Text.',
      urls: ['https://example.org/a', 'https://example.org/b'],
      messages: []
    })
    expect(topic(`Text.\n\n${a}\n<!-- one -->\n\n<!-- two -->\n\n${b}`).urls).toHaveLength(2)
  })

  test('a blank line between items does not split the list', () => {
    expect(topic(`Text.\n\n${a}\n${b}`).urls).toHaveLength(2)
  })

  test.each([
    [
      'a second list (another bullet)',
      `Text.\n\n${a}* [B](https://example.org/b "article")\n`,
      '6:1-6:39 unexpected-content Unexpected second list in topic `Topic`, expected paragraphs and then one list of resources'
    ],
    [
      'a paragraph after the list',
      `Text.\n\n${a}\nMore text.\n`,
      '7:1-7:11 unexpected-content Unexpected paragraph after the resource list in topic `Topic`, expected paragraphs and then one list of resources'
    ],
    [
      'a code block',
      `Text.\n\n    indented code\n\n${a}`,
      '5:1-5:18 unexpected-content Unexpected code block in topic `Topic`, expected paragraphs and then one list of resources'
    ],
    [
      'a block quote',
      `Text.\n\n> Quoted.\n\n${a}`,
      '5:1-5:10 unexpected-content Unexpected block quote in topic `Topic`, expected paragraphs and then one list of resources'
    ],
    [
      'a thematic break',
      `Text.\n\n***\n\n${a}`,
      '5:1-5:4 unexpected-content Unexpected thematic break in topic `Topic`, expected paragraphs and then one list of resources'
    ],
    [
      'an HTML block',
      `Text.\n\n<details>\n\n${a}`,
      '5:1-5:10 unexpected-content Unexpected HTML in topic `Topic`, expected paragraphs and then one list of resources'
    ],
    [
      'a link definition',
      `Text.\n\n[a]: https://example.org\n\n${a}`,
      '5:1-5:25 unexpected-content Unexpected link definition in topic `Topic`, expected paragraphs and then one list of resources'
    ]
  ])('%s is reported', (_, body, message) => {
    expect(topic(body).messages).toEqual([message])
  })

  test('prose between two lists: the paragraph and the second list are reported', () => {
    expect(topic(`Text.\n\n${a}\nMore.\n\n${b}`).messages).toEqual([
      '7:1-7:6 unexpected-content Unexpected paragraph after the resource list in topic `Topic`, expected paragraphs and then one list of resources',
      '9:1-9:39 unexpected-content Unexpected second list in topic `Topic`, expected paragraphs and then one list of resources'
    ])
  })

  test('an empty topic has no description and no resources (the schema reports it once)', () => {
    expect(topic('')).toEqual({ description: '', urls: [], messages: [] })
  })
})
