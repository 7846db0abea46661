import { expect, test } from 'vitest'
import { renderProgressBar } from './progress-bar.js'

test('a bar, the count, the rate and the time left', () => {
  expect(renderProgressBar({ checked: 120, total: 480, elapsedMs: 3_400, width: 10 })).toMatchInlineSnapshot(
    `"[###-------] 120/480  35/s  ~11s left"`
  )
  expect(renderProgressBar({ checked: 0, total: 480, elapsedMs: 0, width: 10 })).toMatchInlineSnapshot(
    `"[----------] 0/480"`
  )
  expect(renderProgressBar({ checked: 3, total: 1000, elapsedMs: 2_000, width: 10 })).toMatchInlineSnapshot(
    `"[----------] 3/1000  1.5/s  ~11m05s left"`
  )
  expect(renderProgressBar({ checked: 480, total: 480, elapsedMs: 12_000 })).toMatchInlineSnapshot(
    `"[####################] 480/480  40/s  done"`
  )
  expect(renderProgressBar({ checked: 0, total: 0, elapsedMs: 5 })).toMatchInlineSnapshot(
    `"[--------------------] 0/0"`
  )
})
