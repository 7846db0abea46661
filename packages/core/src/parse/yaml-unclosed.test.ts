import { describe, expect, test } from 'vitest'
import { unclosedOpener } from './yaml-unclosed.js'

describe('unclosedOpener', () => {
  test.each([
    ['a `[` never closed', 'title: [Draft\nsummary: S\n', { offset: 7, char: '[' }],
    ['a `{` never closed', 'title: {a: 1\nsummary: S\n', { offset: 7, char: '{' }],
    ['a `"` never closed', 'title: "Draft\nsummary: S\n', { offset: 7, char: '"' }],
    ["a `'` never closed", "title: 'Draft\nsummary: S\n", { offset: 7, char: "'" }],
    ['the innermost of nested brackets', 'requires: [a, [b, c]\nsummary: S\n', { offset: 10, char: '[' }],
    ['a list item', 'requires:\n  - [a\n', { offset: 14, char: '[' }]
  ])('%s', (_, source, opener) => {
    expect(unclosedOpener(source)).toEqual(opener)
  })

  test.each([
    ['closed brackets and quotes', 'title: "A [b"\nrequires: [a, "b]"]\nx: {a: [1, 2]}\n'],
    ['a flow sequence over several lines', 'requires: [a,\n  b]\n'],
    ['brackets and quotes inside plain text', 'title: It\'s a [draft\nsummary: a "quote\n'],
    ['escapes in quotes', "title: \"a \\\" b\"\nsummary: 'it''s'\n"],
    ['comments', 'title: T # a [note\nsummary: S\n'],
    ['block scalars', 'summary: |\n  [not a list\n  "nor a quote\ntitle: T\n'],
    ['a `:` in a URL inside a list', 'links: [https://example.org/a]\n']
  ])('nothing for %s', (_, source) => {
    expect(unclosedOpener(source)).toBeUndefined()
  })

  test('only what is open at `end`', () => {
    const source = 'title: [Draft\nsummary: S\n'
    expect(unclosedOpener(source, 7)).toBeUndefined()
    expect(unclosedOpener(source, 8)).toEqual({ offset: 7, char: '[' })
  })

  test('a long source in linear time, with no recursion', () => {
    const deep = `a: ${'['.repeat(200_000)}`
    expect(unclosedOpener(deep)).toEqual({ offset: 200_002, char: '[' })
  })
})
