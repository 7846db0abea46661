import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { expect, test } from 'vitest'
import { proseOnly } from './prose-ranges.js'

const parse = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text)

test('keeps prose and link texts, blanks code, HTML, URLs and destinations', () => {
  const text =
    'Run `npm ci` in <b>CI</b>; see [the guide](https://example.org/x) or <https://a.example>.\n\n```\ncode\n```\n'
  expect(proseOnly(text, parse(text), [])).toBe(
    'Run          in    CI    ; see  the guide                         or                    .\n\n   \n    \n   \n'
  )
})

test('keeps the frontmatter values it is given', () => {
  const text = 'title: A titel\nlevel: x\n'
  expect(
    proseOnly(text, undefined, [{ start: { line: 1, column: 8, offset: 7 }, end: { line: 1, column: 15, offset: 14 } }])
  ).toBe('       A titel\n        \n')
})
