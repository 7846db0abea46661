import type { Position } from 'unist'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { parseMarkdown } from '../parse/markdown.js'
import { splitAtHeadings, type SplitOptions } from './headings.js'

const step: SplitOptions = { allowSubheadings: false, noun: 'topic' }
const roadmap: SplitOptions = { allowSubheadings: true, noun: 'section' }

function split(markdown: string, options: SplitOptions) {
  const file = new VFile({ path: 'backend/01-step.md', value: markdown })
  const { introduction, blocks } = splitAtHeadings(file, parseMarkdown(file).children, options)
  return {
    introduction: introduction.map((node) => node.type),
    blocks: blocks.map((block) => ({
      id: block.id,
      title: block.title,
      children: block.children.map((node) => node.type)
    })),
    messages: file.messages.map((message) => {
      const { start, end } = message.place as Position
      return `${start.line}:${start.column}-${end.line}:${end.column} ${message.ruleId} ${message.reason}`
    })
  }
}

describe('splitAtHeadings: ids are GitHub-style slugs', () => {
  test.each([
    ['Writing queries', 'writing-queries'],
    ['What’s an API?', 'whats-an-api'],
    ['Node.js & npm', 'nodejs--npm'],
    ['`SELECT` and **joins**', 'select-and-joins'],
    ['[Links](https://example.org) _count_ as text', 'links-count-as-text'],
    ['HTTP/2 and HTTP/3', 'http2-and-http3'],
    ['Step 1: set up', 'step-1-set-up'],
    ['C++ basics', 'c-basics'],
    ['Café', 'café'],
    ['Trailing hashes ##', 'trailing-hashes']
  ])('`## %s` has id `%s`', (heading, id) => {
    const { blocks } = split(`## ${heading}\n`, step)
    expect(blocks.map((block) => block.id)).toEqual([id])
  })

  test('the title is the heading text without Markdown', () => {
    expect(split('## `SELECT` and **joins**\n', step).blocks[0]?.title).toBe('SELECT and joins')
  })
})

describe('splitAtHeadings: structure', () => {
  test('blocks before the first `##` are the introduction; frontmatter and comments are left out', () => {
    const markdown =
      '---\ntitle: T\n---\n\n<!-- a comment -->\n\nIntro.\n\n- a list\n\n## One\n\nText.\n\n<!-- another -->\n\n- [a](https://example.org)\n\n## Two\n'
    expect(split(markdown, step)).toEqual({
      introduction: ['paragraph', 'list'],
      blocks: [
        { id: 'one', title: 'One', children: ['paragraph', 'list'] },
        { id: 'two', title: 'Two', children: [] }
      ],
      messages: []
    })
  })

  test('a second heading with the same id is reported, naming the line of the first', () => {
    const { blocks, messages } = split('## Testing\n\nA.\n\n## Testing!\n\nB.\n', step)
    expect(blocks.map((block) => block.id)).toEqual(['testing', 'testing'])
    expect(messages).toEqual([
      '5:1-5:12 duplicate-heading-id Unexpected topic heading `Testing!` with id `testing`, already used on line 1; rename one of them'
    ])
  })

  test('a `#` heading is reported in steps and roadmaps', () => {
    expect(split('# Title\n\nIntro.\n', step).messages).toEqual([
      '1:1-1:8 heading-depth Unexpected `#` heading, expected `##`: the title lives in the frontmatter `title`; use `##` for a topic'
    ])
    expect(split('Intro.\n\nTitle\n=====\n', roadmap)).toEqual({
      introduction: ['paragraph'],
      blocks: [],
      messages: [
        '3:1-4:6 heading-depth Unexpected `#` heading, expected `##`: the title lives in the frontmatter `title`; use `##` for a section'
      ]
    })
  })

  test('`###` is content of a roadmap section, and an error in a step', () => {
    const markdown = '## Section\n\n### Sub-heading\n\nText.\n\n#### Deeper\n'
    expect(split(markdown, roadmap)).toEqual({
      introduction: [],
      blocks: [{ id: 'section', title: 'Section', children: ['heading', 'paragraph', 'heading'] }],
      messages: []
    })
    expect(split(markdown, step)).toEqual({
      introduction: [],
      blocks: [{ id: 'section', title: 'Section', children: ['paragraph'] }],
      messages: [
        '3:1-3:16 heading-depth Unexpected `###` heading, expected `##`: a step has one level of headings; use `##` for a topic or write it as a paragraph',
        '7:1-7:12 heading-depth Unexpected `####` heading, expected `##`: a step has one level of headings; use `##` for a topic or write it as a paragraph'
      ]
    })
  })

  test('a setext `##` heading (underlined with `---`) is a topic too', () => {
    expect(split('Intro.\n\nA topic\n-------\n', step).blocks.map((block) => block.id)).toEqual(['a-topic'])
  })
})
