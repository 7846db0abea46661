import { expect, test } from 'vitest'
import { useColor } from './color.js'

test.each([
  [undefined, true, {}, true],
  [undefined, false, {}, false],
  [undefined, true, { NO_COLOR: '1' }, false],
  [undefined, true, { NO_COLOR: '' }, true],
  [undefined, false, { FORCE_COLOR: '1' }, true],
  [undefined, false, { FORCE_COLOR: '' }, true],
  [undefined, true, { FORCE_COLOR: '0' }, false],
  [undefined, true, { FORCE_COLOR: 'false' }, false],
  [undefined, false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  [false, true, { FORCE_COLOR: '1' }, false],
  [true, false, { NO_COLOR: '1' }, true]
])('flag %s, TTY %s, env %j: colour %s', (flag, isTTY, env, expected) => {
  expect(useColor(flag, { isTTY }, env)).toBe(expected)
})
