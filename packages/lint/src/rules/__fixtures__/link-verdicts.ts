// Made-up verdicts of the link checker, one per kind of message, shared by
// the link rules' tests and their docs tests (each docs page shows exactly
// the messages for these).
import type { LinkVerdict } from '@roadmap/links'

type Verdict = LinkVerdict<string>

export function linkResult(
  fields: Partial<Verdict> & Pick<Verdict, 'url' | 'verdict' | 'reasonCode' | 'reason'>
): Verdict {
  return { redirects: [], places: [fields.url], cached: false, attempts: 1, ...fields }
}

/** For each link rule, the results its docs page shows messages for. */
export const ruleExamples: Record<string, Verdict[]> = {
  'link-broken': [
    linkResult({
      url: 'https://example.com/gone',
      verdict: 'broken',
      reasonCode: 'status',
      reason: '404 Not Found',
      status: 404
    }),
    linkResult({
      url: 'https://example.com/old',
      verdict: 'broken',
      reasonCode: 'status',
      reason: '410 Gone',
      status: 410,
      redirects: [{ url: 'https://example.com/old', status: 301, to: 'https://example.com/archive' }]
    }),
    linkResult({
      url: 'https://exmaple.com/',
      verdict: 'broken',
      reasonCode: 'unknown-host',
      reason: 'unknown host `exmaple.com`'
    }),
    linkResult({
      url: 'https://example.com:8443/',
      verdict: 'broken',
      reasonCode: 'connection-refused',
      reason: 'connection refused'
    }),
    linkResult({
      url: 'https://example.com/a',
      verdict: 'broken',
      reasonCode: 'redirect-loop',
      reason: 'redirect loop (`https://example.com/a` → `https://example.com/b` → `https://example.com/a`)'
    }),
    linkResult({
      url: 'http://169.254.169.254/latest/',
      verdict: 'broken',
      reasonCode: 'private-address',
      reason: 'refused: private address 169.254.169.254'
    }),
    linkResult({
      url: 'ftp://ftp.example.com/file.txt',
      verdict: 'broken',
      reasonCode: 'unsupported-scheme',
      reason: 'unsupported scheme `ftp:`'
    }),
    linkResult({
      url: 'http://old.example.com/guide',
      verdict: 'broken',
      reasonCode: 'unknown-host',
      reason: 'unknown host `old.example.com`',
      failing: { since: Date.parse('2026-11-30T04:23:00Z'), runs: 2 },
      suggestions: [
        {
          url: 'https://new.example.com/guide',
          certainty: 'likely',
          source: 'earlier-redirect',
          seenAt: Date.parse('2026-10-05T04:23:00Z')
        },
        {
          url: 'https://web.archive.org/web/http://old.example.com/guide',
          certainty: 'possible',
          source: 'archive'
        }
      ]
    })
  ],
  'link-unverifiable': [
    linkResult({
      url: 'https://example.com/members',
      verdict: 'unverifiable',
      reasonCode: 'forbidden',
      reason: '403 Forbidden (access denied)',
      status: 403
    }),
    linkResult({
      url: 'https://api.example.com/',
      verdict: 'unverifiable',
      reasonCode: 'rate-limited',
      reason: '429 Too Many Requests (rate limited)',
      status: 429
    }),
    linkResult({
      url: 'https://www.linkedin.com/in/someone',
      verdict: 'unverifiable',
      reasonCode: 'blocked',
      reason: '999 (non-standard status; the site blocks automated checks)',
      status: 999
    }),
    linkResult({
      url: 'https://example.org/',
      verdict: 'unverifiable',
      reasonCode: 'challenge',
      reason: '403 Forbidden (Cloudflare bot challenge)',
      status: 403
    }),
    linkResult({
      url: 'https://slow.example.com/',
      verdict: 'unverifiable',
      reasonCode: 'timeout',
      reason: 'timed out waiting for response headers after 15 s'
    }),
    linkResult({
      url: 'https://down.example.com/',
      verdict: 'unverifiable',
      reasonCode: 'server-error',
      reason: '503 Service Unavailable (server error)',
      status: 503,
      failing: { since: Date.parse('2026-11-23T04:23:00Z'), runs: 3 }
    }),
    linkResult({
      url: 'http://example.com/moved-away',
      verdict: 'unverifiable',
      reasonCode: 'unconfirmed',
      reason: '404 Not Found; failed once, first seen 2026-12-07',
      status: 404,
      failing: { since: Date.parse('2026-12-07T04:23:00Z'), runs: 1 },
      suggestions: [
        { url: 'https://example.com/moved-away', certainty: 'likely', source: 'https' },
        { url: 'https://web.archive.org/web/http://example.com/moved-away', certainty: 'possible', source: 'archive' }
      ]
    })
  ],
  'link-redirected': [
    linkResult({
      url: 'http://example.com/docs',
      verdict: 'redirected',
      reasonCode: 'moved-permanently',
      reason: '301 Moved Permanently',
      status: 200,
      finalUrl: 'https://example.com/docs/',
      redirects: [
        { url: 'http://example.com/docs', status: 301, to: 'https://example.com/docs' },
        { url: 'https://example.com/docs', status: 308, to: 'https://example.com/docs/' }
      ],
      suggestions: [{ url: 'https://example.com/docs/', certainty: 'certain', source: 'redirect' }]
    })
  ],
  'link-fragment-missing': [
    linkResult({
      url: 'https://example.com/guide#instal',
      verdict: 'ok',
      reasonCode: 'ok',
      reason: '200 OK',
      status: 200,
      fragment: { id: 'instal', state: 'missing', suggestion: 'install' }
    }),
    linkResult({
      url: 'https://example.com/guide#faq',
      verdict: 'ok',
      reasonCode: 'ok',
      reason: '200 OK',
      status: 200,
      fragment: { id: 'faq', state: 'missing' }
    })
  ],
  'link-soft-404': [
    linkResult({
      url: 'https://docs.example.com/v2/setup',
      verdict: 'ok',
      reasonCode: 'ok',
      reason: '200 OK',
      status: 200,
      quietFailure: {
        kind: 'soft-404',
        reason:
          'answers like `https://docs.example.com/v2/roadmap-lint-no-such-page-3f9a2c7e41d0`, a made-up path beside it (200, 98% the same text)'
      }
    })
  ],
  'link-redirect-home': [
    linkResult({
      url: 'https://example.com/blog/2019/intro-to-caching',
      verdict: 'redirected',
      reasonCode: 'moved-permanently',
      reason: '301 Moved Permanently',
      status: 200,
      finalUrl: 'https://example.com/',
      redirects: [{ url: 'https://example.com/blog/2019/intro-to-caching', status: 301, to: 'https://example.com/' }],
      quietFailure: { kind: 'redirect-home', reason: 'redirects to `https://example.com/`, a home page' }
    })
  ],
  'link-redirect-login': [
    linkResult({
      url: 'https://wiki.example.com/team/runbook',
      verdict: 'ok',
      reasonCode: 'ok',
      reason: '200 OK',
      status: 200,
      redirects: [
        {
          url: 'https://wiki.example.com/team/runbook',
          status: 302,
          to: 'https://wiki.example.com/login?next=%2Fteam%2Frunbook'
        }
      ],
      quietFailure: {
        kind: 'redirect-login',
        reason: 'redirects to `https://wiki.example.com/login?next=%2Fteam%2Frunbook`, a login page'
      }
    })
  ],
  'link-parked-domain': [
    linkResult({
      url: 'http://expired-tutorial.example/lesson-1',
      verdict: 'ok',
      reasonCode: 'ok',
      reason: '200 OK',
      status: 200,
      quietFailure: {
        kind: 'parked-domain',
        reason:
          'answers any path (such as `http://expired-tutorial.example/roadmap-lint-no-such-page-3f9a2c7e41d0`) with a parking page'
      }
    }),
    linkResult({
      url: 'https://gone-course.example/',
      verdict: 'ok',
      reasonCode: 'ok',
      reason: '200 OK',
      status: 200,
      redirects: [
        {
          url: 'https://gone-course.example/',
          status: 302,
          to: 'https://www.hugedomains.com/domain_profile.cfm?d=gone-course.example'
        }
      ],
      quietFailure: {
        kind: 'parked-domain',
        reason:
          'redirects to `https://www.hugedomains.com/domain_profile.cfm?d=gone-course.example`, a domain marketplace'
      }
    })
  ],
  'link-unchecked': [
    linkResult({
      url: 'https://example.com/slow',
      verdict: 'skipped',
      reasonCode: 'deadline',
      reason: "the run's deadline (10 min) passed",
      attempts: 0
    })
  ]
}
