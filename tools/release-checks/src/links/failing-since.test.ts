import { linkProblems } from '@roadmap/lint'
import { describe, expect, it } from 'vitest'
import { describeFailing, failingSince } from './failing-since.js'

describe('failingSince', () => {
  it("reads the dates @roadmap/lint's link messages give, and nothing else", () => {
    expect(failingSince('Cannot verify `https://a.example/`: 503 …, failing since 2026-11-23; check it by hand')).toBe(
      '2026-11-23'
    )
    expect(
      failingSince('Cannot confirm yet that `x` is broken (404 Not Found; failed once, first seen 2026-12-07)')
    ).toBe('2026-12-07')
    expect(failingSince('Unexpected status 404 for `https://example.com/failing since 2026-01-01x`')).toBeUndefined()
    expect(failingSince('Cannot verify `x`: failing since 2026-13-45; check it by hand')).toBeUndefined()
    expect(failingSince('Unexpected status 404 for `https://example.com/gone`; fix or remove the link')).toBeUndefined()
  })

  it("agrees with the messages @roadmap/lint writes from the checker's history", () => {
    const since = Date.parse('2026-11-23T04:23:00Z')
    const verdict = {
      url: 'https://down.example.com/',
      places: [{ url: 'https://down.example.com/', file: 'a.md', line: 1, column: 1, endLine: 1, endColumn: 9 }],
      verdict: 'unverifiable' as const,
      reasonCode: 'server-error' as const,
      reason: '503 Service Unavailable (server error)',
      status: 503,
      redirects: [],
      attempts: 3,
      cached: false,
      failing: { since, runs: 3 }
    }
    const report = { verdicts: [verdict] } as unknown as Parameters<typeof linkProblems>[0]
    const [problem] = linkProblems(report)
    expect(failingSince(problem?.message ?? '')).toBe('2026-11-23')
  })
})

describe('describeFailing', () => {
  it('counts whole days in UTC', () => {
    const now = new Date('2026-12-06T04:30:00Z')
    expect(describeFailing('2026-11-23', now)).toBe('2026-11-23 (13 days)')
    expect(describeFailing('2026-12-05', now)).toBe('2026-12-05 (1 day)')
    expect(describeFailing('2026-12-06', now)).toBe('2026-12-06 (today)')
  })
})
