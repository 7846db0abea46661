import { expect, test } from 'vitest'
import { addMonths, dayNumber, expiresMarker, expiryState, reviewState, todayUtc } from './review-dates.js'

test('days exist or are no date', () => {
  expect(dayNumber('1970-01-02')).toBe(1)
  expect(dayNumber('2026-02-30')).toBeUndefined()
  expect(dayNumber('2026-13-01')).toBeUndefined()
  expect(dayNumber('5 Dec 2026')).toBeUndefined()
  expect(todayUtc(new Date('2026-12-06T02:30:00Z'))).toBe('2026-12-06')
})

test('months are added to the day, or to the last day of a shorter month', () => {
  expect(addMonths('2025-12-05', 12)).toBe('2026-12-05')
  expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
})

test('a review is due once the months have passed', () => {
  const options = { today: '2026-12-05', maxAgeMonths: 12 }
  expect(reviewState(undefined, options)).toEqual({ state: 'missing' })
  expect(reviewState('2026-02-30', options)).toEqual({ state: 'invalid' })
  expect(reviewState('2027-01-01', options)).toEqual({ state: 'future' })
  expect(reviewState('2025-12-06', options)).toEqual({ state: 'current' })
  expect(reviewState('2025-12-05', options)).toEqual({ state: 'due', due: '2026-12-05' })
  expect(reviewState('2026-06-05', { ...options, maxAgeMonths: 6 })).toEqual({ state: 'due', due: '2026-12-05' })
})

test('a marker warns within its window and has passed from its day on', () => {
  const options = { today: '2026-12-05', warnDays: 30 }
  expect(expiryState('2027-01-05', options)).toEqual({ state: 'ok' })
  expect(expiryState('2027-01-04', options)).toEqual({ state: 'soon', days: 30 })
  expect(expiryState('2026-12-05', options)).toEqual({ state: 'passed', days: 0 })
  expect(expiryState('2026-11-30', options)).toEqual({ state: 'passed', days: 5 })
  expect(expiryState('2026-11-31', options)).toEqual({ state: 'invalid' })
})

test('expires markers are comments of one form', () => {
  expect(expiresMarker('<!-- expires: 2027-01-05 -->')).toBe('2027-01-05')
  expect(expiresMarker('<!--expires:2027-01-05-->')).toBe('2027-01-05')
  expect(expiresMarker('<!-- expires: soon -->')).toBe('soon')
  expect(expiresMarker('<!-- roadmap-lint-disable-line list-marker -->')).toBeUndefined()
})
