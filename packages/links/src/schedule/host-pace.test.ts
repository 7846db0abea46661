import { expect, test } from 'vitest'
import { HostPace } from './host-pace.js'

test('asked to slow down, a host has its concurrency halved and goes on: the refused URL waits on its own', () => {
  const pace = new HostPace(8, 100)
  pace.slowDown(1_000, 0, 0)
  expect([pace.limit, pace.gap, pace.nextStartAt, pace.everSlowed]).toEqual([4, 0, 0, true])
  const wake = { at: Number.POSITIVE_INFINITY }
  expect(pace.isOpen(1, wake)).toBe(true)
  expect(wake.at).toBe(Number.POSITIVE_INFINITY)
})

test('a 503 holds the whole host back for its wait', () => {
  const pace = new HostPace(8, 100)
  pace.slowDown(1_000, 0, 0, true)
  expect([pace.limit, pace.nextStartAt]).toEqual([4, 1_000])
  const wake = { at: Number.POSITIVE_INFINITY }
  expect(pace.isOpen(500, wake)).toBe(false)
  expect(wake.at).toBe(1_000)
  expect(pace.isOpen(1_000, wake)).toBe(true)
})

test('answers to requests sent before the last slow-down slow the host no further', () => {
  const pace = new HostPace(8, 100)
  pace.slowDown(0, 10, 50)
  pace.slowDown(0, 20, 60) // sent at 20, before the slow-down at 50: the same load
  pace.slowDown(2_000, 30, 70)
  expect([pace.limit, pace.nextStartAt]).toEqual([4, 0])
  pace.slowDown(0, 80, 90) // sent after: it slows the host again
  expect(pace.limit).toBe(2)
})

test('at one request at a time, each further request to slow down holds the host back and adds or doubles a gap between starts', () => {
  const pace = new HostPace(2, 100)
  pace.slowDown(500, 0, 0) // 2 → 1: not held
  expect([pace.limit, pace.gap, pace.nextStartAt]).toEqual([1, 0, 0])
  pace.slowDown(500, 10, 10) // asked again at one: held for its wait, and a gap
  expect([pace.limit, pace.gap, pace.nextStartAt]).toEqual([1, 100, 510])
  pace.slowDown(0, 20, 20)
  pace.slowDown(0, 30, 30)
  expect([pace.limit, pace.gap, pace.nextStartAt]).toEqual([1, 400, 510])
  pace.take(1_000)
  expect([pace.active, pace.nextStartAt]).toEqual([1, 1_400])
})

test('each round of calm answers wins back part of the pace: the gap first, then one request more', () => {
  const pace = new HostPace(4, 100)
  for (const at of [0, 10, 20, 30]) pace.slowDown(0, at, at) // 4 → 2 → 1, gap 100, gap 200
  expect([pace.limit, pace.gap]).toEqual([1, 200])
  const rounds: Array<[number, number]> = []
  for (let answer = 0; answer < 12; answer++) {
    pace.answered()
    rounds.push([pace.limit, pace.gap])
  }
  // A round is as many answers as requests allowed at once.
  expect(rounds).toEqual([
    [1, 100],
    [1, 0],
    [2, 0],
    [2, 0],
    [3, 0],
    [3, 0],
    [3, 0],
    [4, 0],
    [4, 0],
    [4, 0],
    [4, 0],
    [4, 0]
  ])
  expect(pace.everSlowed).toBe(true)
})

test('a host never asked to slow down keeps its pace', () => {
  const pace = new HostPace(4, 100)
  for (let answer = 0; answer < 10; answer++) pace.answered()
  expect([pace.limit, pace.gap, pace.everSlowed]).toEqual([4, 0, false])
})
