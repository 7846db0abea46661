import { STATUS_CODES } from 'node:http'
import { PrivateAddressError, RequestTimeoutError } from '../errors.js'
import { formatDuration, parseRetryAfter } from '../util/timing.js'
import { botProtection } from './bot-protection.js'
import { header, type ResponseHeaders } from './response-headers.js'
import type { LinkReasonCode } from '../types.js'

/** A failed attempt: what it means and whether trying again could help. */
export interface Failure {
  kind: 'failure'
  outcome: 'broken' | 'unverifiable'
  reasonCode: LinkReasonCode
  reason: string
  /** Worth retrying: network errors, timeouts, 408, 429, 5xx. */
  transient: boolean
  status?: number
  /** From `Retry-After`, already capped. */
  retryAfterMs?: number
  /** The error code behind a network failure, such as `ENOTFOUND`. */
  errorCode?: string
}

export type StatusVerdict =
  | { kind: 'ok'; reasonCode: 'ok' | 'accepted'; reason: string; status: number }
  | { kind: 'redirect'; permanent: boolean; location: string | undefined; status: number }
  | Failure

/** `404 Not Found`, or just the number for a status Node does not name (999). */
export function describeStatus(status: number): string {
  const text = STATUS_CODES[status]
  return text ? `${status} ${text}` : String(status)
}

/**
 * What a final response status means for a link; `body` (the first bytes
 * of an error page) tells bot protection from the page's own answer.
 *
 * @example
 *   classifyStatus(404, {}, new Set(), 30_000) // { kind: 'failure', outcome: 'broken', reasonCode: 'status', … }
 */
export function classifyStatus(
  status: number,
  headers: ResponseHeaders,
  accept: ReadonlySet<number>,
  retryAfterMax: number,
  body?: Buffer
): StatusVerdict {
  const described = describeStatus(status)
  if (accept.has(status))
    return { kind: 'ok', reasonCode: 'accepted', reason: `${described} (accepted by config)`, status }
  // Bot protection is not breakage, and asking again does not get past it.
  const protection = botProtection(status, headers, body)
  if (protection !== undefined) {
    const what = protection === '' ? 'bot challenge' : `${protection} bot challenge`
    return failure('unverifiable', 'challenge', `${described} (${what})`, status)
  }
  if (status >= 200 && status < 300) return { kind: 'ok', reasonCode: 'ok', reason: described, status }
  if (status >= 300 && status < 400) {
    const location = header(headers, 'location')
    if (
      location === undefined &&
      status !== 301 &&
      status !== 308 &&
      status !== 302 &&
      status !== 303 &&
      status !== 307
    ) {
      return failure('unverifiable', 'protocol', `${described} without a redirect target`, status)
    }
    return { kind: 'redirect', permanent: status === 301 || status === 308, location, status }
  }
  const retryAfter = parseRetryAfter(header(headers, 'retry-after'), retryAfterMax)
  const transient = (reasonCode: LinkReasonCode, reason: string): Failure => ({
    ...failure('unverifiable', reasonCode, reason, status),
    transient: true,
    ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter })
  })
  switch (status) {
    case 401:
    case 407:
      return failure('unverifiable', 'unauthorized', `${described} (login required)`, status)
    case 403:
      return failure('unverifiable', 'forbidden', `${described} (access denied)`, status)
    case 408:
      return transient('timeout', described)
    case 429:
      return transient('rate-limited', `${described} (rate limited)`)
    case 451:
      return failure('unverifiable', 'blocked', `${described} (blocked)`, status)
  }
  if (status >= 400 && status < 500) return failure('broken', 'status', described, status)
  if (status >= 500 && status < 600) return transient('server-error', `${described} (server error)`)
  return failure(
    'unverifiable',
    'blocked',
    `${described} (non-standard status; the site blocks automated checks)`,
    status
  )
}

function failure(outcome: Failure['outcome'], reasonCode: LinkReasonCode, reason: string, status?: number): Failure {
  return { kind: 'failure', outcome, reasonCode, reason, transient: false, ...(status === undefined ? {} : { status }) }
}

export interface PhaseTimeouts {
  connectTimeout: number
  headersTimeout: number
  bodyTimeout: number
}

const tlsCodePattern = /^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/

/**
 * What a request error means for a link. Reasons are built from error codes
 * only, never from messages, so no request detail (such as a header) leaks.
 */
export function classifyError(error: unknown, hostname: string, timeouts: PhaseTimeouts): Failure {
  if (error instanceof PrivateAddressError) return failure('broken', 'private-address', error.message)
  if (error instanceof RequestTimeoutError) {
    return {
      ...failure('unverifiable', 'timeout', `timed out: no complete response within ${formatDuration(error.timeout)}`),
      transient: true
    }
  }
  const code = errorCode(error)
  const network = (
    outcome: Failure['outcome'],
    reasonCode: LinkReasonCode,
    reason: string,
    transient: boolean
  ): Failure => ({
    ...failure(outcome, reasonCode, reason),
    transient,
    ...(code === undefined ? {} : { errorCode: code })
  })
  switch (code) {
    case 'ENOTFOUND':
      return network('broken', 'unknown-host', `unknown host \`${hostname}\``, false)
    case 'ECONNREFUSED':
      return network('broken', 'connection-refused', 'connection refused', false)
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return network('unverifiable', 'dns', `DNS lookup of \`${hostname}\` failed (${code})`, true)
    case 'ENETUNREACH':
    case 'ENETDOWN':
    case 'EHOSTUNREACH':
      return network('unverifiable', 'network', `no route to \`${hostname}\` (${code})`, true)
    case 'UND_ERR_CONNECT_TIMEOUT':
      return network(
        'unverifiable',
        'timeout',
        `timed out connecting after ${formatDuration(timeouts.connectTimeout)}`,
        true
      )
    case 'UND_ERR_HEADERS_TIMEOUT':
      return network(
        'unverifiable',
        'timeout',
        `timed out waiting for response headers after ${formatDuration(timeouts.headersTimeout)}`,
        true
      )
    case 'UND_ERR_BODY_TIMEOUT':
      return network(
        'unverifiable',
        'timeout',
        `timed out reading the response body after ${formatDuration(timeouts.bodyTimeout)}`,
        true
      )
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
    case 'ETIMEDOUT':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return network('unverifiable', 'connection-reset', 'connection reset by the server', true)
  }
  if (code !== undefined && tlsCodePattern.test(code))
    return network('broken', 'tls', `TLS certificate problem (${code})`, false)
  if (code !== undefined && /^HPE_|^UND_ERR_(?:INFO|RES_)/.test(code)) {
    return network('unverifiable', 'protocol', `invalid HTTP response (${code})`, false)
  }
  // A status line such as `HTTP/1.1 000 …` gets past the HTTP parser and
  // fails an assertion in undici (`statusCode >= 100`): say what the server
  // sent, not the client's internal error code. A server that answers so
  // keeps doing it, so it is not retried.
  if (code === 'ERR_ASSERTION') {
    const reason = /statusCode >= 100/.test((error as Error).message)
      ? 'invalid HTTP response: a status code below 100, such as `000`'
      : 'invalid HTTP response: the HTTP client could not read it'
    return { ...failure('unverifiable', 'protocol', reason), errorCode: code }
  }
  // The parser's own errors carry no code for some faults (a status of four digits).
  if ((error as { name?: unknown } | undefined)?.name === 'HTTPParserError') {
    return {
      ...failure('unverifiable', 'protocol', 'invalid HTTP response: not HTTP/1.1'),
      errorCode: 'HTTPParserError'
    }
  }
  return network(
    'unverifiable',
    'network',
    `request failed (${code ?? (error instanceof Error ? error.name : 'unknown error')})`,
    true
  )
}

export function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
