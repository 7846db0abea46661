import { describe, expect, test } from 'vitest'
import { classifyError, classifyStatus } from './classify.js'
import { PrivateAddressError, RequestTimeoutError } from '../errors.js'

const none = new Set<number>()
const timeouts = { connectTimeout: 10_000, headersTimeout: 15_000, bodyTimeout: 15_000 }

describe('classifyStatus', () => {
  test.each([
    [200, 'ok', 'ok', false],
    [204, 'ok', 'ok', false],
    [400, 'broken', 'status', false],
    [404, 'broken', 'status', false],
    [410, 'broken', 'status', false],
    [401, 'unverifiable', 'unauthorized', false],
    [403, 'unverifiable', 'forbidden', false],
    [408, 'unverifiable', 'timeout', true],
    [429, 'unverifiable', 'rate-limited', true],
    [451, 'unverifiable', 'blocked', false],
    [500, 'unverifiable', 'server-error', true],
    [503, 'unverifiable', 'server-error', true],
    [999, 'unverifiable', 'blocked', false]
  ])('%i → %s (%s), transient %s', (status, outcome, reasonCode, transient) => {
    const verdict = classifyStatus(status, {}, none, 30_000)
    if (verdict.kind === 'ok') expect([verdict.kind, verdict.reasonCode]).toEqual([outcome, reasonCode])
    else expect(verdict).toMatchObject({ kind: 'failure', outcome, reasonCode, transient })
  })

  test('redirects: permanent or not, with their target', () => {
    expect(classifyStatus(301, { location: '/a' }, none, 0)).toMatchObject({
      kind: 'redirect',
      permanent: true,
      location: '/a'
    })
    expect(classifyStatus(308, { location: '/a' }, none, 0)).toMatchObject({ permanent: true })
    for (const status of [302, 303, 307])
      expect(classifyStatus(status, { location: '/a' }, none, 0)).toMatchObject({ permanent: false })
    expect(classifyStatus(304, {}, none, 0)).toMatchObject({ kind: 'failure', reasonCode: 'protocol' })
  })

  test('`Retry-After` is read (and capped); a challenge header wins over the status; `accept` over everything', () => {
    expect(classifyStatus(429, { 'retry-after': '2' }, none, 30_000)).toMatchObject({ retryAfterMs: 2_000 })
    expect(classifyStatus(503, { 'retry-after': '120' }, none, 30_000)).toMatchObject({ retryAfterMs: 30_000 })
    expect(classifyStatus(200, { 'cf-mitigated': 'challenge' }, none, 0)).toMatchObject({ reasonCode: 'challenge' })
    expect(classifyStatus(403, { 'cf-mitigated': 'challenge' }, new Set([403]), 0)).toMatchObject({
      kind: 'ok',
      reasonCode: 'accepted'
    })
  })
})

describe('classifyError', () => {
  const coded = (code: string) => Object.assign(new Error(`boom ${code}`), { code })
  test.each([
    ['ENOTFOUND', 'broken', 'unknown-host', false, 'unknown host `x.example`'],
    ['ECONNREFUSED', 'broken', 'connection-refused', false, 'connection refused'],
    ['EAI_AGAIN', 'unverifiable', 'dns', true, 'DNS lookup of `x.example` failed (EAI_AGAIN)'],
    ['ENETUNREACH', 'unverifiable', 'network', true, 'no route to `x.example` (ENETUNREACH)'],
    ['UND_ERR_CONNECT_TIMEOUT', 'unverifiable', 'timeout', true, 'timed out connecting after 10 s'],
    ['UND_ERR_HEADERS_TIMEOUT', 'unverifiable', 'timeout', true, 'timed out waiting for response headers after 15 s'],
    ['UND_ERR_BODY_TIMEOUT', 'unverifiable', 'timeout', true, 'timed out reading the response body after 15 s'],
    ['ECONNRESET', 'unverifiable', 'connection-reset', true, 'connection reset by the server'],
    ['UND_ERR_SOCKET', 'unverifiable', 'connection-reset', true, 'connection reset by the server'],
    ['CERT_HAS_EXPIRED', 'broken', 'tls', false, 'TLS certificate problem (CERT_HAS_EXPIRED)'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'broken', 'tls', false, 'TLS certificate problem (ERR_TLS_CERT_ALTNAME_INVALID)'],
    ['HPE_INVALID_CONSTANT', 'unverifiable', 'protocol', false, 'invalid HTTP response (HPE_INVALID_CONSTANT)'],
    ['EWHATEVER', 'unverifiable', 'network', true, 'request failed (EWHATEVER)']
  ])('%s', (code, outcome, reasonCode, transient, reason) => {
    expect(classifyError(coded(code), 'x.example', timeouts)).toMatchObject({ outcome, reasonCode, transient, reason })
  })

  test('our own errors, and a code found on the cause', () => {
    expect(classifyError(new PrivateAddressError('10.0.0.1'), 'x', timeouts)).toMatchObject({
      outcome: 'broken',
      reason: 'refused: private address 10.0.0.1'
    })
    expect(classifyError(new RequestTimeoutError(30_000), 'x', timeouts)).toMatchObject({
      reason: 'timed out: no complete response within 30 s',
      transient: true
    })
    expect(classifyError(new Error('wrapped', { cause: { code: 'ENOTFOUND' } }), 'x', timeouts)).toMatchObject({
      reasonCode: 'unknown-host'
    })
  })

  test('reasons never repeat error messages (which could hold request details)', () => {
    const failure = classifyError(
      Object.assign(new Error('Authorization: Bearer secret'), { code: 'EWEIRD' }),
      'x',
      timeouts
    )
    expect(failure.reason).not.toContain('secret')
  })
})
