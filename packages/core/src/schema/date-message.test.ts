import { expect, test } from 'vitest'
import { dateMessage } from './date-message.js'

test('a month that does not exist is named', () => {
  expect(dateMessage('2026-13-01')).toBe(
    'Expected a month from `01` to `12` in `YYYY-MM-DD`; month `13` does not exist'
  )
  expect(dateMessage('2026-00-10')).toBe(
    'Expected a month from `01` to `12` in `YYYY-MM-DD`; month `00` does not exist'
  )
})

test('a day past the end of its month names the month and its length', () => {
  expect(dateMessage('2026-04-31')).toBe('Expected a day from `01` to `30` in `YYYY-MM-DD`; April 2026 has 30 days')
  expect(dateMessage('2026-01-32')).toBe('Expected a day from `01` to `31` in `YYYY-MM-DD`; January 2026 has 31 days')
  expect(dateMessage('2026-06-00')).toBe('Expected a day from `01` to `30` in `YYYY-MM-DD`; day `00` does not exist')
})

test('February 29 outside a leap year says so; leap years follow the Gregorian rules', () => {
  expect(dateMessage('2026-02-29')).toBe(
    'Expected a day from `01` to `28` in `YYYY-MM-DD`; February 2026 has 28 days (2026 is not a leap year)'
  )
  expect(dateMessage('1900-02-29')).toContain('(1900 is not a leap year)')
  expect(dateMessage('2028-02-30')).toBe('Expected a day from `01` to `29` in `YYYY-MM-DD`; February 2028 has 29 days')
})

test('another form gets the expected one, and a did-you-mean when it is unambiguous', () => {
  expect(dateMessage('2026-1-5')).toBe(
    'Expected a date written `YYYY-MM-DD`, such as `2026-11-26`; did you mean `2026-01-05`?'
  )
  expect(dateMessage('2026/01/15')).toBe(
    'Expected a date written `YYYY-MM-DD`, such as `2026-11-26`; did you mean `2026-01-15`?'
  )
  // Not a date however it is padded: no suggestion.
  expect(dateMessage('2026/02/30')).toBe('Expected a date written `YYYY-MM-DD`, such as `2026-11-26`')
  // Day and month could be either way round.
  expect(dateMessage('05/01/2026')).toBe('Expected a date written `YYYY-MM-DD`, such as `2026-11-26`')
  expect(dateMessage('2026-01-05T10:00')).toBe('Expected a date written `YYYY-MM-DD`, such as `2026-11-26`')
  expect(dateMessage(20260105)).toBe('Expected a date written `YYYY-MM-DD`, such as `2026-11-26`')
})

test('every real date is one the message has nothing against', () => {
  for (const date of ['2026-01-31', '2028-02-29', '2000-02-29', '2026-12-31']) {
    expect(dateMessage(date)).toBe('Expected a date written `YYYY-MM-DD`, such as `2026-11-26`')
  }
})
