import { expect, test } from 'vitest'
import { checkHistoryRecord } from './cache-schema.js'
import { confirmedBy, nextRecord } from './history.js'

const day = 86_400_000

test('a failure adds a run and keeps the first dates; an answer forgets failures and keeps only a redirect target', () => {
  const first = nextRecord(undefined, { kind: 'failed', broken: false }, 1 * day)
  expect(first).toEqual({ firstFailedAt: day, lastFailedAt: day, failedRuns: 1 })
  const second = nextRecord(
    { ...first, movedTo: { url: 'https://a.example/', at: 0 } },
    { kind: 'failed', broken: true },
    2 * day
  )
  expect(second).toEqual({
    firstFailedAt: day,
    lastFailedAt: 2 * day,
    failedRuns: 2,
    brokenSince: 2 * day,
    movedTo: { url: 'https://a.example/', at: 0 }
  })
  expect(nextRecord(second, { kind: 'answered' }, 3 * day)).toBeUndefined()
  expect(nextRecord(second, { kind: 'answered', movedTo: 'https://b.example/' }, 3 * day)).toEqual({
    movedTo: { url: 'https://b.example/', at: 3 * day }
  })
})

test('confirmed once an earlier run found it broken at least `confirmAfter` ago', () => {
  const record = { firstFailedAt: 0, lastFailedAt: day, failedRuns: 2, brokenSince: day }
  expect(confirmedBy(record, 2 * day - 1, day)).toBe(false)
  expect(confirmedBy(record, 2 * day, day)).toBe(true)
  expect(confirmedBy({ firstFailedAt: 0, lastFailedAt: 0, failedRuns: 1 }, 9 * day, day)).toBe(false)
  expect(confirmedBy(undefined, 9 * day, day)).toBe(false)
})

test.each([
  ['a field it never writes', { movedTo: { url: 'https://a.example/', at: 0 }, verdict: 'ok' }, 'unexpected content'],
  ['a failure without its run count', { firstFailedAt: 0, lastFailedAt: 0 }, 'a failure without its first date'],
  ['nothing to remember', { brokenSince: 0 }, 'nothing to remember'],
  ['dates out of order', { firstFailedAt: 5, lastFailedAt: 1, failedRuns: 1 }, 'its dates are out of order'],
  ['broken before it failed', { firstFailedAt: 5, lastFailedAt: 9, failedRuns: 2, brokenSince: 1 }, 'out of order'],
  ['a date in the future', { firstFailedAt: 10 * day, lastFailedAt: 10 * day, failedRuns: 1 }, 'a date in the future'],
  ['a redirect target with a fragment', { movedTo: { url: 'https://a.example/#x', at: 0 } }, 'a redirect target']
])('a history record with %s is dropped', (_, value, problem) => {
  const checked = checkHistoryRecord('https://example.com/page', value, day)
  expect('problem' in checked && checked.problem).toContain(problem)
})

test('a record under a key that is not a page URL is dropped; a good one is kept', () => {
  const record = { firstFailedAt: 0, lastFailedAt: 0, failedRuns: 1 }
  expect(checkHistoryRecord('ftp://example.com/', record, day)).toEqual({
    problem: 'its key is not a normalized `http(s)` URL without fragment'
  })
  expect(checkHistoryRecord('private-http://127.0.0.1:8080/a', record, day)).toEqual({ record })
})
