import type { Fix } from '@roadmap/core/pipeline-light'
import { expect, test } from 'vitest'
import { applyFixes } from './apply-fixes.js'

/** Messages carrying these fixes. */
const messages = (...fixes: Fix[]) => fixes.map((fix, index) => ({ id: index, fix }))

test('applies fixes in any order, by offset', () => {
  const result = applyFixes('* a\n* b\n', messages({ range: [4, 5], text: '-' }, { range: [0, 1], text: '-' }))
  expect(result.text).toBe('- a\n- b\n')
  expect(result.fixed.map((message) => message.fix.range[0])).toEqual([0, 4])
})

test('inserts, deletes and replaces with text of another length', () => {
  expect(
    applyFixes(
      'abcdef',
      messages({ range: [0, 0], text: '>' }, { range: [1, 3], text: '' }, { range: [4, 5], text: 'XYZ' })
    ).text
  ).toBe('>adXYZf')
})

test('skips a fix that overlaps an earlier one, for a later run', () => {
  const [first, overlapping] = messages({ range: [0, 4], text: 'first' }, { range: [2, 5], text: 'second' })
  const result = applyFixes('0123456789', [first!, overlapping!])
  expect(result.text).toBe('first456789')
  expect(result.fixed).toEqual([first])
})

test('skips a fix that is backwards or past the end', () => {
  const result = applyFixes('abc', messages({ range: [2, 1], text: 'x' }, { range: [2, 9], text: 'y' }))
  expect(result).toEqual({ text: 'abc', fixed: [] })
})

test('adjacent fixes are not overlapping', () => {
  expect(applyFixes('abcd', messages({ range: [0, 2], text: 'X' }, { range: [2, 4], text: 'Y' })).text).toBe('XY')
})

test('messages without a fix are left as they are; two fixes of the same range: the first message wins', () => {
  const first = { fix: { range: [1, 2], text: 'X' } as Fix }
  const second = { fix: { range: [1, 2], text: 'Y' } as Fix }
  const result = applyFixes('abc', [{}, first, second])
  expect(result).toEqual({ text: 'aXc', fixed: [first] })
})
