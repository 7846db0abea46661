import { describe, expect, it } from 'vitest'
import { isBump, maxBump, satisfiesBump } from './bump.js'

describe('bumps', () => {
  it('orders none < patch < minor < major', () => {
    expect(maxBump('none', 'patch')).toBe('patch')
    expect(maxBump('major', 'minor')).toBe('major')
    expect(satisfiesBump('minor', 'patch')).toBe(true)
    expect(satisfiesBump('patch', 'minor')).toBe(false)
    expect(satisfiesBump('none', 'none')).toBe(true)
  })

  it('recognises the names changesets uses', () => {
    expect(['major', 'minor', 'patch', 'none', 'huge', 1].map(isBump)).toEqual([true, true, true, true, false, false])
  })
})
