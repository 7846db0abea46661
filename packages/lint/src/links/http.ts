import type { Dispatcher } from 'undici'
import { RequestTimeoutError } from './errors.js'
import type { ResponseHeaders } from './classify.js'

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
  /** The first `keepBodyBytes` of a 2xx body, when asked for. */
  body?: Buffer
  /** The body was longer than `keepBodyBytes` and was cut off. */
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
 */
export async function sendRequest(
  dispatcher: Dispatcher,
  request: HttpRequest,
  timeouts: RequestTimeouts,
  run: AbortSignal
): Promise<HttpResponse> {
  const overrun = new AbortController()
  const timer = setTimeout(() => overrun.abort(new RequestTimeoutError(timeouts.requestTimeout)), timeouts.requestTimeout)
  const signal = AbortSignal.any([run, overrun.signal])
  try {
    const response = await dispatcher.request({
      origin: request.url.origin,
      path: `${request.url.pathname}${request.url.search}`,
      method: request.method,
      headers: request.headers,
      signal,
      headersTimeout: timeouts.headersTimeout,
      bodyTimeout: timeouts.bodyTimeout,
      ...(request.method === 'HEAD' ? { reset: request.reuseAfterHead !== true } : {})
    })
    const status = response.statusCode
    if (request.keepBodyBytes > 0 && status >= 200 && status < 300) {
      const { body, truncated } = await readAtMost(response.body, request.keepBodyBytes)
      return { status, headers: response.headers, body, truncated }
    }
    // Never download what we do not need: read a few KiB at most, then drop the connection.
    await response.body.dump({ limit: drainBytes, signal }).catch(() => undefined)
    return { status, headers: response.headers, truncated: false }
  } catch (error) {
    if (run.aborted) throw run.reason
    if (overrun.signal.aborted) throw overrun.signal.reason
    throw error
  } finally {
    clearTimeout(timer)
  }
}

async function readAtMost(body: Dispatcher.ResponseData['body'], limit: number): Promise<{ body: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of body as AsyncIterable<Buffer>) {
    const room = limit - length
    if (chunk.length >= room) {
      chunks.push(chunk.subarray(0, room))
      length += room
      const truncated = chunk.length > room || !body.readableEnded
      body.destroy()
      return { body: Buffer.concat(chunks, length), truncated }
    }
    chunks.push(chunk)
    length += chunk.length
  }
  return { body: Buffer.concat(chunks, length), truncated: false }
}
