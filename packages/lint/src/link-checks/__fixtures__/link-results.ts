// Made-up link results, one per kind of message, shared by the message tests
// and the rule docs tests (each docs page shows exactly these messages).
import type { LinkReport, LinkResult } from '../types.js'

export function linkResult(fields: Partial<LinkResult> & Pick<LinkResult, 'url' | 'outcome' | 'reasonCode' | 'reason'>): LinkResult {
  const place = { url: fields.url, file: 'content/backend/steps/01-internet.md', line: 12, column: 3, endLine: 12, endColumn: 48 }
  return { redirects: [], occurrences: [place], cached: false, attempts: 1, ...fields }
}

export function reportOf(results: LinkResult[], fields: Partial<LinkReport> = {}): LinkReport {
  return {
    results,
    summary: { ok: 0, broken: 0, unverifiable: 0, redirected: 0, unchecked: 0, excluded: 0 },
    deadlineReached: false,
    slowedHosts: [],
    missingEnv: [],
    outOfShard: 0,
    requests: 0,
    startedAt: 0,
    durationMs: 0,
    ...fields
  }
}

/** For each link rule, the results its docs page shows messages for. */
export const ruleExamples: Record<string, LinkResult[]> = {
  'link-broken': [
    linkResult({ url: 'https://example.com/gone', outcome: 'broken', reasonCode: 'status', reason: '404 Not Found', status: 404 }),
    linkResult({
      url: 'https://example.com/old',
      outcome: 'broken',
      reasonCode: 'status',
      reason: '410 Gone',
      status: 410,
      redirects: [{ url: 'https://example.com/old', status: 301, to: 'https://example.com/archive' }]
    }),
    linkResult({ url: 'https://exmaple.com/', outcome: 'broken', reasonCode: 'unknown-host', reason: 'unknown host `exmaple.com`' }),
    linkResult({ url: 'https://example.com:8443/', outcome: 'broken', reasonCode: 'connection-refused', reason: 'connection refused' }),
    linkResult({
      url: 'https://example.com/a',
      outcome: 'broken',
      reasonCode: 'redirect-loop',
      reason: 'redirect loop (`https://example.com/a` → `https://example.com/b` → `https://example.com/a`)'
    }),
    linkResult({ url: 'http://169.254.169.254/latest/', outcome: 'broken', reasonCode: 'private-address', reason: 'refused: private address 169.254.169.254' }),
    linkResult({ url: 'ftp://ftp.example.com/file.txt', outcome: 'broken', reasonCode: 'unsupported-scheme', reason: 'unsupported scheme `ftp:`' })
  ],
  'link-unverifiable': [
    linkResult({ url: 'https://example.com/members', outcome: 'unverifiable', reasonCode: 'forbidden', reason: '403 Forbidden (access denied)', status: 403 }),
    linkResult({ url: 'https://api.example.com/', outcome: 'unverifiable', reasonCode: 'rate-limited', reason: '429 Too Many Requests (rate limited)', status: 429 }),
    linkResult({ url: 'https://www.linkedin.com/in/someone', outcome: 'unverifiable', reasonCode: 'blocked', reason: '999 (non-standard status; the site blocks automated checks)', status: 999 }),
    linkResult({ url: 'https://example.org/', outcome: 'unverifiable', reasonCode: 'challenge', reason: '403 Forbidden (Cloudflare bot challenge)', status: 403 }),
    linkResult({ url: 'https://slow.example.com/', outcome: 'unverifiable', reasonCode: 'timeout', reason: 'timed out waiting for response headers after 15 s' }),
    linkResult({ url: 'https://down.example.com/', outcome: 'unverifiable', reasonCode: 'server-error', reason: '503 Service Unavailable (server error)', status: 503 })
  ],
  'link-redirected': [
    linkResult({
      url: 'http://example.com/docs',
      outcome: 'redirected',
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
    linkResult({ url: 'https://example.com/guide#instal', outcome: 'ok', reasonCode: 'ok', reason: '200 OK', status: 200, fragment: { id: 'instal', state: 'missing', suggestion: 'install' } }),
    linkResult({ url: 'https://example.com/guide#faq', outcome: 'ok', reasonCode: 'ok', reason: '200 OK', status: 200, fragment: { id: 'faq', state: 'missing' } })
  ],
  'link-unchecked': [
    linkResult({ url: 'https://example.com/slow', outcome: 'unchecked', reasonCode: 'deadline', reason: "the run's deadline (10 min) passed", attempts: 0 })
  ]
}
