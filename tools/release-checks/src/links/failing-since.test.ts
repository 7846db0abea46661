import { lintText } from '@roadmap/lint'
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
      places: ['https://down.example.com/'],
      verdict: 'unverifiable' as const,
      reasonCode: 'server-error' as const,
      reason: '503 Service Unavailable (server error)',
      status: 503,
      redirects: [],
      attempts: 3,
      cached: false,
      failing: { since, runs: 3 }
    }
    const text = [
      '---',
      'title: APIs',
      'summary: Design and build HTTP APIs that other programs can rely on.',
      'level: intermediate',
      '---',
      '',
      'An API is a promise to the programs that call it.',
      '',
      '## REST',
      '',
      'What REST is and why it matters.',
      '',
      '- [Down](https://down.example.com/ "article")',
      ''
    ].join('\n')
    const { messages } = lintText({
      text,
      path: '/repo/content/backend/01-apis.md',
      project: { files: [], verdictOf: (url) => (url === verdict.url ? verdict : undefined) }
    })
    const problem = messages.find((message) => message.ruleId === 'link-unverifiable')
    expect(failingSince(problem?.reason ?? '')).toBe('2026-11-23')
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
