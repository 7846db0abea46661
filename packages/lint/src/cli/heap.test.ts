import { expect, test } from 'vitest'
import { limitHeapGrowth } from './heap.js'

test('caps the heap growth unless node was given a growth flag of its own', () => {
  const set: string[] = []
  const setFlags = (flags: string) => set.push(flags)
  expect(limitHeapGrowth([], {}, setFlags)).toBe(true)
  expect(limitHeapGrowth(['--heap-growing-percent=300'], {}, setFlags)).toBe(false)
  expect(limitHeapGrowth([], { NODE_OPTIONS: '--max-old-space-size=4096 --heap_growing_percent=50' }, setFlags)).toBe(
    false
  )
  expect(limitHeapGrowth([], { NODE_OPTIONS: '--max-old-space-size=4096' }, setFlags)).toBe(true)
  expect(set).toEqual(['--heap-growing-percent=100', '--heap-growing-percent=100'])
})
