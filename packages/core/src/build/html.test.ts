import type { Position } from 'unist'
import type { BlockContent, Nodes, RootContent } from 'mdast'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'
import { parseMarkdown } from '../parse/markdown.js'
import { reportNestedHtml } from './html.js'

function nestedHtml(markdown: string): string[] {
  const file = new VFile({ path: 'backend/roadmap.md', value: markdown })
  reportNestedHtml(file, parseMarkdown(file))
  return file.messages.map((message) => {
    const { start, end } = message.place as Position
    return `${start.line}:${start.column}-${end.line}:${end.column} ${message.ruleId} ${message.reason}`
  })
}

test('inline HTML is reported once per element, at its opening tag', () => {
  expect(nestedHtml('Some <b>bold</b> and <br> text.\n')).toEqual([
    '1:6-1:9 unexpected-content Unexpected HTML `<b>`, expected Markdown; only comments (`<!-- … -->`) are allowed',
    '1:22-1:26 unexpected-content Unexpected HTML `<br>`, expected Markdown; only comments (`<!-- … -->`) are allowed'
  ])
})

test('a stray closing tag is reported: the page would drop it silently', () => {
  expect(nestedHtml('Some text</b> and <i>more</i></i> and </B>.\n')).toEqual([
    '1:10-1:14 unexpected-content Unexpected HTML `</b>`, expected Markdown; only comments (`<!-- … -->`) are allowed',
    '1:19-1:22 unexpected-content Unexpected HTML `<i>`, expected Markdown; only comments (`<!-- … -->`) are allowed',
    '1:30-1:34 unexpected-content Unexpected HTML `</i>`, expected Markdown; only comments (`<!-- … -->`) are allowed',
    '1:39-1:43 unexpected-content Unexpected HTML `</B>`, expected Markdown; only comments (`<!-- … -->`) are allowed'
  ])
  expect(nestedHtml('A <br/> break</br>\n')).toHaveLength(2)
})

test('HTML inside lists and quotes is reported; a long tag is cut', () => {
  expect(nestedHtml(`- item\n\n  <div class="${'x'.repeat(40)}">\n\n> <span>quoted</span>\n`)).toEqual([
    '3:3-3:57 unexpected-content Unexpected HTML `<div class="xxxxxxxxxxxxxxxxxxxxxxxxxxx…`, expected Markdown; only comments (`<!-- … -->`) are allowed',
    '5:3-5:9 unexpected-content Unexpected HTML `<span>`, expected Markdown; only comments (`<!-- … -->`) are allowed'
  ])
})

test('comments, code, autolinks and top-level HTML blocks are not reported here', () => {
  // Top-level HTML blocks are reported by the builders, which know the section or topic.
  expect(
    nestedHtml(
      '<div>top</div>\n\nText <!-- a comment --> and `<b>` and <https://example.org>.\n\n```html\n<b>\n```\n\n- item <!-- note -->\n'
    )
  ).toEqual([])
})

test('a tree far deeper than the call stack is walked, HTML at the bottom found', () => {
  // Built by hand: no parser makes a tree this deep (the nesting limit stops it first).
  const depth = 200_000
  let node: Nodes = {
    type: 'html',
    value: '<b>',
    position: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } }
  }
  for (let level = 0; level < depth; level++) node = { type: 'blockquote', children: [node as BlockContent] }
  const file = new VFile({ path: 'backend/roadmap.md', value: '<b>' })
  reportNestedHtml(file, { type: 'root', children: [node as RootContent] })
  expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
    '1:1 unexpected-content'
  ])
})
