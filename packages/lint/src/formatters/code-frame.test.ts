import { describe, expect, test } from 'vitest'
import { codeFrame } from './code-frame.js'

const options = { indent: '', gutter: (text: string) => text, marker: (text: string) => text }
const lines = ['---', 'title: Backend', '', '\t- [Docs](x)']

describe('codeFrame', () => {
  test('marks the span on its line', () => {
    expect(codeFrame(lines, { line: 2, column: 8, endLine: 2, endColumn: 15 }, options)).toMatchInlineSnapshot(`
      "2 | title: Backend
        |        ^^^^^^^"
    `)
  })
  test('a point gets one caret', () => {
    expect(codeFrame(lines, { line: 2, column: 1, endLine: 2, endColumn: 1 }, options)).toMatchInlineSnapshot(`
      "2 | title: Backend
        | ^"
    `)
  })
  test('a span over several lines is marked to the end of its first line', () => {
    expect(codeFrame(lines, { line: 2, column: 8, endLine: 4, endColumn: 2 }, options)).toMatchInlineSnapshot(`
      "2 | title: Backend
        |        ^^^^^^^"
    `)
  })
  test('keeps tabs (shown as →) so the marker lines up', () => {
    const frame = codeFrame(lines, { line: 4, column: 4, endLine: 4, endColumn: 10 }, options)
    expect(frame?.replaceAll('\t', '→')).toMatchInlineSnapshot(`
      "4 | →- [Docs](x)
        | →  ^^^^^^"
    `)
  })
  test('an empty line, and a column past the end of the line', () => {
    expect(codeFrame(lines, { line: 3, column: 1, endLine: 3, endColumn: 1 }, options)).toMatchInlineSnapshot(`
      "3 |
        | ^"
    `)
    expect(codeFrame(lines, { line: 1, column: 9, endLine: 1, endColumn: 12 }, options)).toMatchInlineSnapshot(`
      "1 | ---
        |    ^"
    `)
  })
  test('nothing for a line the text does not have', () => {
    expect(codeFrame(lines, { line: 5, column: 1, endLine: 5, endColumn: 1 }, options)).toBeUndefined()
  })
})

test('a wider line number gutter, to line up with the frames of later lines', () => {
  const frame = codeFrame(lines, { line: 2, column: 1, endLine: 2, endColumn: 6 }, { ...options, numberWidth: 3 })
  expect(frame).toMatchInlineSnapshot(`
    "  2 | title: Backend
        | ^^^^^"
  `)
})

describe('a line longer than maxWidth', () => {
  const long = [`${'a'.repeat(100)}XYZ${'b'.repeat(100)}`]
  const narrow = { ...options, maxWidth: 60 }

  test('is cut around the span, with … where it was cut', () => {
    expect(codeFrame(long, { line: 1, column: 101, endLine: 1, endColumn: 104 }, narrow)).toMatchInlineSnapshot(`
      "1 | …aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaXYZbbbbbbbbbbbbbbbbb…
        |                                          ^^^"
    `)
  })
  test('near its start, is cut at the end only', () => {
    expect(codeFrame(long, { line: 1, column: 3, endLine: 1, endColumn: 4 }, narrow)).toMatchInlineSnapshot(`
      "1 | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…
        |   ^"
    `)
  })
  test('near its end, is cut at the start only; a span past the window is marked to its edge', () => {
    expect(codeFrame(long, { line: 1, column: 200, endLine: 1, endColumn: 204 }, narrow)).toMatchInlineSnapshot(`
      "1 | …bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
        |                                                          ^^^^"
    `)
    expect(codeFrame(long, { line: 1, column: 101, endLine: 2, endColumn: 1 }, narrow)).toMatchInlineSnapshot(`
      "1 | …aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaXYZbbbbbbbbbbbbbbbbb…
        |                                          ^^^^^^^^^^^^^^^^^^^^"
    `)
  })
  test('twenty thousand characters print as at most 160 by default', () => {
    const frame = codeFrame(['>'.repeat(20_000)], { line: 1, column: 33, endLine: 1, endColumn: 33 }, options) ?? ''
    expect(Math.max(...frame.split('\n').map((line) => line.length))).toBeLessThanOrEqual(166)
  })
})
