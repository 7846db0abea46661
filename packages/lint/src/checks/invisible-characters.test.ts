import { expect, test } from 'vitest'
import { invisibleCharacters } from './invisible-characters.js'

test('finds bidirectional controls and zero-width characters, a run at a time', () => {
  expect(invisibleCharacters('Safe title \u202Egnp.exe')).toEqual([
    { start: 11, end: 12, names: ['U+202E RIGHT-TO-LEFT OVERRIDE'] }
  ])
  expect(invisibleCharacters('pay\u200B\u200Bpal and \u2066x\u2069 and \u200Fy')).toEqual([
    { start: 3, end: 5, names: ['U+200B ZERO WIDTH SPACE', 'U+200B ZERO WIDTH SPACE'] },
    { start: 13, end: 14, names: ['U+2066 LEFT-TO-RIGHT ISOLATE'] },
    { start: 15, end: 16, names: ['U+2069 POP DIRECTIONAL ISOLATE'] },
    { start: 21, end: 22, names: ['U+200F RIGHT-TO-LEFT MARK'] }
  ])
})

test('keeps the zero width joiner of an emoji sequence, not one between letters', () => {
  expect(invisibleCharacters('A developer 👩\u200D💻 at work')).toEqual([])
  expect(invisibleCharacters('a\u200Db')).toEqual([{ start: 1, end: 2, names: ['U+200D ZERO WIDTH JOINER'] }])
})

test('plain text, non-breaking spaces and soft hyphens are not reported', () => {
  expect(invisibleCharacters('Plain text\u00A0with\u00ADout surprises — ok')).toEqual([])
})
