import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Debounce } from './debounce.js'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('Debounce', () => {
  it('runs once per key after the last of a burst, each key on its own', () => {
    const runs: string[] = []
    const debounce = new Debounce(150, (key) => runs.push(key))
    debounce.schedule('a')
    vi.advanceTimersByTime(100)
    debounce.schedule('a')
    debounce.schedule('b')
    vi.advanceTimersByTime(149)
    expect(runs).toEqual([])
    vi.advanceTimersByTime(1)
    expect(runs).toEqual(['a', 'b'])
  })

  it('forgets a cancelled key', () => {
    const runs: string[] = []
    const debounce = new Debounce(10, (key) => runs.push(key))
    debounce.schedule('a')
    debounce.cancel('a')
    vi.advanceTimersByTime(20)
    expect(runs).toEqual([])
  })
})
