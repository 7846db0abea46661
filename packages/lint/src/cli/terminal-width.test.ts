import { expect, test } from 'vitest'
import { terminalWidth } from './terminal-width.js'

test.each([
  ['a terminal', { isTTY: true, columns: 100 }, {}, 100],
  ['a terminal wins over COLUMNS', { isTTY: true, columns: 100 }, { COLUMNS: '60' }, 100],
  ['a pipe with COLUMNS', { isTTY: false }, { COLUMNS: '132' }, 132],
  ['a pipe', { isTTY: false }, {}, 80],
  ['a terminal that says 0 columns', { isTTY: true, columns: 0 }, {}, 80],
  ['COLUMNS that is not a number', {}, { COLUMNS: 'wide' }, 80],
  ['COLUMNS of 0', {}, { COLUMNS: '0' }, 80],
  ['a file (--output)', undefined, { COLUMNS: '120' }, 120]
])('%s', (_, stream, env, expected) => {
  expect(terminalWidth(stream, env)).toBe(expected)
})
