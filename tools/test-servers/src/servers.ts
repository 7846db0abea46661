// Real HTTP and TCP servers on 127.0.0.1 (random ports) for the tests of the
// link checker and of the CLI that uses it, some of which misbehave on purpose.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createNetServer, type Socket } from 'node:net'

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
      requests.filter(
        (request) =>
          (path === undefined || request.path === path) && (method === undefined || request.method === method)
      ).length,
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
export async function startRawServer(
  onConnection: (socket: Socket) => void
): Promise<{ origin: string; port: number; connections: () => number }> {
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
