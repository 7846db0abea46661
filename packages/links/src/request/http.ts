import type { Dispatcher } from 'undici'
import { RequestTimeoutError } from '../errors.js'
import type { ResponseHeaders } from './response-headers.js'

export interface HttpRequest {
  url: URL
  method: 'HEAD' | 'GET'
  headers: Record<string, string>
  /** Bytes of a 2xx body to keep (for anchors); 0 reads next to nothing. */
  keepBodyBytes: number
  /**
   * Keep the connection open after a HEAD. undici closes it by default, in
   * case the server wrongly sends a body; most servers do not, and reusing the
   * connection saves a TCP (and TLS) handshake per link.
   */
  reuseAfterHead?: boolean
}

export interface HttpResponse {
  status: number
  headers: ResponseHeaders
  /**
   * The first `keepBodyBytes` of a 2xx body, when asked for; the first 8 KiB
   * of an error body (`4xx`, `5xx`), read anyway to free the connection,
   * where bot protection leaves its marks.
   */
  body?: Buffer
  /** The body was longer than what was kept and was cut off. */
  truncated: boolean
}

export interface RequestTimeouts {
  headersTimeout: number
  bodyTimeout: number
  requestTimeout: number
}

/** Bytes read of a body nobody needs, so a small error page can free its keep-alive connection. */
const drainBytes = 8 * 1024

/**
 * Send one request, no redirects followed. Timeouts per phase: connecting is
 * the dispatcher's `connect.timeout`; `headersTimeout` and `bodyTimeout` are
 * undici's; `requestTimeout` bounds the whole request including the body read.
 * Rejects with the `run` signal's reason when the run ends, with
 * `RequestTimeoutError` when the request overruns, or with undici's error.
 *
 * It uses undici's `dispatch` with a handler rather than `request()`: a link
 * check reads a few bytes at most, and `request()` builds a body stream, a
 * combined abort signal and their listeners for each of tens of thousands of
 * requests, which cost as much CPU as the rest of the check (bench/README.md).
 */
export function sendRequest(
  dispatcher: Dispatcher,
  request: HttpRequest,
  timeouts: RequestTimeouts,
  run: AbortSignal
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    if (run.aborted) {
      reject(run.reason)
      return
    }
    let controller: Dispatcher.DispatchController | undefined
    /** Why the request was ended before undici started it, if it was. */
    let endedWith: Error | undefined
    let settled = false
    let status = 0
    let headers: ResponseHeaders = {}
    let keep = 0
    const chunks: Buffer[] = []
    let length = 0

    const settle = (error: unknown, response?: HttpResponse) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      stopOnRunEnd.delete(onRunEnd)
      if (response) resolve(response)
      else reject(error)
    }
    // Ending early (the run ended, the request overran, enough bytes read) drops the connection.
    const stop = (reason: Error, response?: HttpResponse) => {
      settle(reason, response)
      if (controller) controller.abort(reason)
      else endedWith ??= reason
    }
    const onRunEnd = () => stop(run.reason as Error)
    const timer = setTimeout(() => stop(new RequestTimeoutError(timeouts.requestTimeout)), timeouts.requestTimeout)
    const stopOnRunEnd = inFlight(run)
    stopOnRunEnd.add(onRunEnd)

    const response = (truncated: boolean): HttpResponse =>
      keep > 0
        ? { status, headers, body: Buffer.concat(chunks, length), truncated }
        : { status, headers, truncated: false }

    dispatcher.dispatch(
      {
        origin: request.url.origin,
        path: `${request.url.pathname}${request.url.search}`,
        method: request.method,
        headers: request.headers,
        headersTimeout: timeouts.headersTimeout,
        bodyTimeout: timeouts.bodyTimeout,
        ...(request.method === 'HEAD' ? { reset: request.reuseAfterHead !== true } : {})
      },
      {
        onRequestStart: (started) => {
          controller = started
          if (endedWith) started.abort(endedWith)
        },
        onResponseStart: (_, statusCode, responseHeaders) => {
          if (statusCode < 200) return // 1xx: the response is still to come
          status = statusCode
          headers = responseHeaders as ResponseHeaders
          if (statusCode >= 400) keep = drainBytes
          else keep = request.keepBodyBytes > 0 && statusCode < 300 ? request.keepBodyBytes : 0
        },
        onResponseData: (_, chunk) => {
          const limit = keep > 0 ? keep : drainBytes
          const room = limit - length
          if (keep > 0) chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk)
          length += Math.min(chunk.length, room)
          // Never download what we do not need: stop at the limit and drop the connection.
          if (chunk.length >= room && !settled) stop(new BodyReadDone(), response(true))
        },
        onResponseEnd: () => settle(undefined, response(false)),
        onResponseError: (_, error) => settle(run.aborted ? run.reason : error)
      }
    )
  })
}

const requestsOf = new WeakMap<AbortSignal, Set<() => void>>()

/**
 * The requests in flight under `run`, stopped when it aborts: one listener
 * per run rather than one per request (hundreds are in flight at once).
 */
function inFlight(run: AbortSignal): Set<() => void> {
  let requests = requestsOf.get(run)
  if (!requests) {
    const created = new Set<() => void>()
    requests = created
    requestsOf.set(run, created)
    const stopAll = () => {
      for (const stop of [...created]) stop()
    }
    run.addEventListener('abort', stopAll, { once: true })
  }
  return requests
}

/** Why a request is aborted once enough of its body was read; never reported. */
class BodyReadDone extends Error {
  constructor() {
    super('Enough of the body was read')
    this.name = 'BodyReadDone'
  }
}
