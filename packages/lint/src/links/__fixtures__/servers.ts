// Real HTTP servers on 127.0.0.1 (random ports) for the link checker's tests,
// some of which misbehave on purpose. Never used outside tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createNetServer, type Socket } from 'node:net'
import type { LinkOccurrence } from '../types.js'
import type { LinkCheckerOptions, LookupFunction } from '../options.js'

export interface RecordedRequest {
  method: string
  path: string
  host: string
  headers: IncomingMessage['headers']
  /** Requests in flight on this server (this one included) when it arrived. */
  inFlight: number
  /** Requests in flight to the same `Host` header when it arrived. */
  inFlightForHost: number
  at: number
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  port: number
  requests: RecordedRequest[]
  /** Requests matching a path (and method). */
  count: (path?: string, method?: string) => number
  maxInFlight: () => number
  maxInFlightForHost: (host: string) => number
  /** Sockets closed by the client (for "did it give up on the body"). */
  closedSockets: () => number
  close: () => Promise<void>
}

export type Handler = (request: IncomingMessage, response: ServerResponse, recorded: RecordedRequest) => unknown

const servers = new Set<{ close: () => Promise<void> }>()

/** Close every server a test started (call in `afterEach`). */
export async function closeAll(): Promise<void> {
  const open = [...servers]
  servers.clear()
  await Promise.all(open.map((server) => server.close()))
}

/** An HTTP server on 127.0.0.1 that records every request and how many were in flight. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = []
  let inFlight = 0
  let maxInFlight = 0
  const byHost = new Map<string, { now: number; max: number }>()
  let closedSockets = 0
  const sockets = new Set<Socket>()
  const server: Server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '')
    const hostCount = byHost.get(host) ?? { now: 0, max: 0 }
    byHost.set(host, hostCount)
    inFlight++
    hostCount.now++
    maxInFlight = Math.max(maxInFlight, inFlight)
    hostCount.max = Math.max(hostCount.max, hostCount.now)
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      host,
      headers: request.headers,
      inFlight,
      inFlightForHost: hostCount.now,
      at: Date.now()
    }
    requests.push(recorded)
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      inFlight--
      hostCount.now--
    }
    response.on('close', end)
    Promise.resolve(handler(request, response, recorded)).catch(() => response.destroy())
  })
  server.keepAliveTimeout = 1000
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => {
      sockets.delete(socket)
      closedSockets++
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  const handle: TestServer = {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    count: (path, method) =>
      requests.filter((request) => (path === undefined || request.path === path) && (method === undefined || request.method === method)).length,
    maxInFlight: () => maxInFlight,
    maxInFlightForHost: (host) => byHost.get(host)?.max ?? 0,
    closedSockets: () => closedSockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
  servers.add(handle)
  return handle
}

/** A TCP server whose connections get `onConnection` instead of HTTP (never answer, reset, …). */
export async function startRawServer(onConnection: (socket: Socket) => void): Promise<{ origin: string; port: number; connections: () => number }> {
  const sockets = new Set<Socket>()
  let connections = 0
  const server = createNetServer((socket) => {
    connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    onConnection(socket)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  servers.add({
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  })
  return { origin: `http://127.0.0.1:${port}`, port, connections: () => connections }
}

/** A port nothing listens on (connection refused). */
export async function closedPort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A DNS stand-in: names map to addresses; anything else is ENOTFOUND. */
export function fakeDns(names: Record<string, string | ReadonlyArray<string>>): LookupFunction {
  return async (hostname) => {
    const found = names[hostname.toLowerCase()]
    if (found === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    return (typeof found === 'string' ? [found] : found).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }
}

/** A DNS that fails every name, as on a machine without a network. */
export function failingDns(code = 'EAI_AGAIN'): LookupFunction {
  return async (hostname) => {
    throw Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), { code })
  }
}

let line = 0
/** A link occurrence at a made-up place. */
export function at(url: string, file = 'content/backend/step.md'): LinkOccurrence {
  line++
  return { url, file, line, column: 3, endLine: line, endColumn: 3 + url.length }
}

/**
 * Options for tests against loopback servers: private hosts allowed, fast
 * retries, short timeouts, and a DNS that knows only `localhost`, so no test
 * can resolve (let alone reach) a host outside the machine.
 */
export const loopback: LinkCheckerOptions = {
  allowPrivateHosts: true,
  lookup: fakeDns({ localhost: '127.0.0.1' }),
  retryDelay: 5,
  slowHostGap: 20,
  connectTimeout: 2_000,
  headersTimeout: 3_000,
  bodyTimeout: 3_000,
  requestTimeout: 5_000,
  deadline: 15_000
}
