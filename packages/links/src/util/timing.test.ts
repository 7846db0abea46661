import { describe, expect, test } from 'vitest'
import { backoffDelay, formatDuration, parseRetryAfter } from './timing.js'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  test.each([
    ['1', 1_000],
    ['0', 0],
    [' 12 ', 12_000],
    ['3600', 30_000],
    ['Thu, 01 Jan 2026 00:00:05 GMT', 5_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    [undefined, undefined]
  ])('%s → %s ms (capped at 30 s)', (value, expected) => {
    expect(parseRetryAfter(value, 30_000, now)).toBe(expected)
  })
})

test('backoff doubles per retry, with jitter between half and all of it', () => {
  expect([1, 2, 3].map((retry) => backoffDelay(retry, 1_000, () => 0))).toEqual([500, 1_000, 2_000])
  expect([1, 2, 3].map((retry) => backoffDelay(retry, 1_000, () => 1))).toEqual([1_000, 2_000, 4_000])
})

test('formatDuration', () => {
  expect([400, 1_000, 1_500, 15_000, 600_000, 90_000, 5_400_000].map(formatDuration)).toEqual([
    '400 ms',
    '1 s',
    '1.5 s',
    '15 s',
    '10 min',
    '1.5 min',
    '1.5 h'
  ])
})
