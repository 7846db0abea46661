import { expect, test } from 'vitest'
import { wrapText } from './wrap-text.js'

test('words move to the next line whole', () => {
  expect(wrapText('Indexes and query plans', 12, 3)).toEqual(['Indexes and', 'query plans'])
  expect(wrapText('  spaced   out  ', 20, 2)).toEqual(['spaced out'])
  expect(wrapText('', 20, 2)).toEqual([])
})

test('a word longer than a line is cut, so nothing is wider than the line', () => {
  expect(wrapText('https://example.org/a/long/path', 10, 5)).toEqual(['https://ex', 'ample.org/', 'a/long/pat', 'h'])
})

test('past the last line the text ends with an ellipsis, still within the width', () => {
  const title = 'x'.repeat(3000)
  const lines = wrapText(title, 28, 3)
  expect(lines).toHaveLength(3)
  expect(lines.every((line) => line.length <= 28)).toBe(true)
  expect(lines[2]?.endsWith('…')).toBe(true)
  expect(wrapText('one two three four', 9, 1)).toEqual(['one two…'])
})
