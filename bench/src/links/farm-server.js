// The link farm itself: 20 HTTP servers on 127.0.0.2 … 127.0.0.21, one port,
// every response delayed. Runs in its own process (see farm.js), so the
// checker under test never competes with it for the event loop.
//
// It counts the requests for each path and method and the most requests in
// flight at once on each host, and answers the parent over IPC:
//   { type: 'mode', mode: 'mixed' | 'healthy' }  → { type: 'mode' }
//   { type: 'reset' }                             → { type: 'reset' }
//   { type: 'stats' }                             → { type: 'stats', stats }
import { createServer } from 'node:http'
import { hostAddresses, kindOf, movedTargetOf, numberOfPath } from './plan.js'

const delayMs = Number(process.env.FARM_DELAY_MS ?? 50)
const wantedPort = Number(process.env.FARM_PORT ?? 0)

let mode = 'mixed'
/** path → { HEAD, GET, other } */
let requests = new Map()
/** URL numbers that already got their one 429. */
let rateLimited = new Set()
const inFlight = new Map(hostAddresses.map((host) => [host, 0]))
let maxInFlight = new Map(hostAddresses.map((host) => [host, 0]))
let unknownPaths = 0
/** TCP connections accepted: a checker that keeps connections alive opens few. */
let connections = 0
/** When the first request arrived and the last response ended (ms since epoch). */
let firstRequestAt
let lastResponseAt
/** Request starts per 100 ms since the first request: how fast a checker goes over time. */
let timeline = []

const page =
  '<!doctype html><html><head><title>Farm page</title></head><body><h1 id="top">Farm page</h1><p>Nothing to see.</p></body></html>\n'

function count(path, method) {
  let entry = requests.get(path)
  if (!entry) {
    entry = { HEAD: 0, GET: 0, other: 0 }
    requests.set(path, entry)
  }
  if (method === 'HEAD' || method === 'GET') entry[method]++
  else entry.other++
}

function answer(request, response, port) {
  const path = new URL(request.url, 'http://farm').pathname
  const number = numberOfPath(path)
  const send = (status, headers = {}, body = '') => {
    response.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      ...headers
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }
  if (number === undefined) {
    unknownPaths++
    return send(404, {}, 'not found\n')
  }
  if (path.startsWith('/moved/')) return send(200, {}, page)
  const kind = kindOf(number)
  if (kind === 'not-found') return send(404, {}, 'not found\n')
  if (kind === 'moved') return send(301, { location: movedTargetOf(number, port) }, 'moved\n')
  if (kind === 'rate-limited' && mode === 'mixed' && !rateLimited.has(number)) {
    rateLimited.add(number)
    return send(429, { 'retry-after': '1' }, 'slow down\n')
  }
  return send(200, {}, page)
}

function listen(host, port) {
  return new Promise((resolve, reject) => {
    const server = createServer({ keepAliveTimeout: 5000 }, (request, response) => {
      const now = inFlight.get(host) + 1
      inFlight.set(host, now)
      if (now > maxInFlight.get(host)) maxInFlight.set(host, now)
      count(new URL(request.url, 'http://farm').pathname, request.method)
      firstRequestAt ??= Date.now()
      const bucket = Math.floor((Date.now() - firstRequestAt) / 100)
      while (timeline.length <= bucket) timeline.push(0)
      timeline[bucket]++
      let done = false
      const finish = () => {
        if (done) return
        done = true
        lastResponseAt = Date.now()
        inFlight.set(host, inFlight.get(host) - 1)
      }
      // In flight until the response is fully sent or the client gives up.
      response.on('finish', finish)
      response.on('close', finish)
      const timer = setTimeout(() => answer(request, response, server.address().port), delayMs)
      response.on('close', () => clearTimeout(timer))
    })
    server.on('connection', () => {
      connections++
    })
    server.once('error', reject)
    server.listen({ host, port, backlog: 4096 }, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}

/** All hosts on one port: the first host picks it (or takes FARM_PORT), the others follow. */
async function listenAll() {
  for (let attempt = 1; ; attempt++) {
    const servers = []
    try {
      const first = await listen(hostAddresses[0], attempt === 1 ? wantedPort : 0)
      servers.push(first)
      const port = first.address().port
      for (const host of hostAddresses.slice(1)) servers.push(await listen(host, port))
      return { servers, port }
    } catch (error) {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
      if (attempt >= 5) throw error
    }
  }
}

const { port } = await listenAll()

process.on('message', (message) => {
  if (message.type === 'mode') {
    mode = message.mode
    process.send({ type: 'mode' })
  } else if (message.type === 'reset') {
    requests = new Map()
    rateLimited = new Set()
    maxInFlight = new Map(hostAddresses.map((host) => [host, inFlight.get(host)]))
    unknownPaths = 0
    connections = 0
    firstRequestAt = undefined
    lastResponseAt = undefined
    timeline = []
    process.send({ type: 'reset' })
  } else if (message.type === 'stats') {
    process.send({
      type: 'stats',
      stats: {
        requests: Object.fromEntries(requests),
        maxInFlight: Object.fromEntries(maxInFlight),
        inFlightNow: Object.fromEntries(inFlight),
        unknownPaths,
        connections,
        firstRequestAt,
        lastResponseAt,
        timeline
      }
    })
  }
})
// The parent going away ends the farm, whatever happened to it.
process.on('disconnect', () => process.exit(0))
process.send({ type: 'ready', port, delayMs, hosts: hostAddresses })
