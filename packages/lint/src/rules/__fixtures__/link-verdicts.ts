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
      status: 503
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
      ]
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
