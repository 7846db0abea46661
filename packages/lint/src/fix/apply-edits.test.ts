import { expect, test } from 'vitest'
import { applyEdits } from './apply-edits.js'

test('applies edits in any order, by offset', () => {
  const result = applyEdits('* a\n* b\n', [
    { start: 4, end: 5, text: '-' },
    { start: 0, end: 1, text: '-' }
  ])
  expect(result.text).toBe('- a\n- b\n')
  expect(result.applied.map((edit) => edit.start)).toEqual([0, 4])
})

test('inserts, deletes and replaces with text of another length', () => {
  expect(
    applyEdits('abcdef', [
      { start: 0, end: 0, text: '>' },
      { start: 1, end: 3, text: '' },
      { start: 4, end: 5, text: 'XYZ' }
    ]).text
  ).toBe('>adXYZf')
})

test('skips an edit that overlaps an earlier one, for a later run', () => {
  const overlapping = { start: 2, end: 5, text: 'second' }
  const result = applyEdits('0123456789', [{ start: 0, end: 4, text: 'first' }, overlapping])
  expect(result.text).toBe('first456789')
  expect(result.applied).not.toContain(overlapping)
})

test('skips an edit that is backwards or past the end', () => {
  const result = applyEdits('abc', [
    { start: 2, end: 1, text: 'x' },
    { start: 2, end: 9, text: 'y' }
  ])
  expect(result).toEqual({ text: 'abc', applied: [] })
})

test('adjacent edits are not overlapping', () => {
  expect(
    applyEdits('abcd', [
      { start: 0, end: 2, text: 'X' },
      { start: 2, end: 4, text: 'Y' }
    ]).text
  ).toBe('XY')
})
