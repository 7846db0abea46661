import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { expect, test } from 'vitest'
import { plainText } from './plain-text.js'

const text = (markdown: string) => plainText(unified().use(remarkParse).use(remarkGfm).parse(markdown))

test('inline markup goes; a link keeps its URL after its text', () => {
  expect(text('# `heading-id`\n\nUse **one** `##` per [topic](https://example.com/t) or <https://example.com/>.')).toBe(
    'heading-id\n\nUse one ## per topic (https://example.com/t) or https://example.com/.'
  )
})

test('code is indented; blank lines inside it stay empty', () => {
  expect(text('Ok:\n\n```markdown\n## REST\n\nText.\n```\n')).toBe('Ok:\n\n    ## REST\n\n    Text.')
})

test('list items are bulleted or numbered, their later lines lined up', () => {
  expect(text('- one\n- two\n\n  more\n\n3. three\n4. four')).toBe('- one\n- two\n  more\n\n3. three\n4. four')
})

test("a table's cells are split by `|`; comments, rules and block quotes", () => {
  expect(text('| a | b |\n| - | - |\n| `x` | y |\n\n<!-- hidden -->\n\n---\n\n> Quoted\n> text')).toBe(
    'a | b\nx | y\n\n  Quoted\n  text'
  )
})
