import { createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, expect, test } from 'vitest'
import { closeAll, startRawServer } from '@roadmap/test-servers'
import { at, loopback } from '../__fixtures__/link-options.js'
import { createLinkChecker } from './checker.js'

afterEach(closeAll)

test('HEAD requests to one host reuse keep-alive connections', async () => {
  // A plain server: the shared test server's short keep-alive timeout makes
  // undici close every connection anyway.
  const ports = new Set<number>()
  const server = createServer((request, response) => {
    ports.add(request.socket.remotePort ?? 0)
    response.end('hello')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const checker = createLinkChecker({ ...loopback, hostConcurrency: 1 })
    for (let page = 0; page < 20; page++) checker.add(...at(`${origin}/page-${page}`))
    const report = await checker.finish()
    expect(report.summary.ok).toBe(20)
    // undici closes the connection after every HEAD unless told not to: that
    // would be 20 connections for 20 links.
    expect(ports.size).toBeLessThanOrEqual(2)
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

test('a server that sends a body after HEAD gets fresh connections for HEAD, and every link is still ok', async () => {
  // Answers every request on a keep-alive connection with 200 and a body,
  // HEAD included, which is what breaks reusing the connection.
  const server = await startRawServer((socket: Socket) => {
    let buffered = ''
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1')
      let end = buffered.indexOf('\r\n\r\n')
      while (end !== -1) {
        buffered = buffered.slice(end + 4)
        socket.write(
          'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\nhello'
        )
        end = buffered.indexOf('\r\n\r\n')
      }
    })
    socket.on('error', () => {})
  })
  const checker = createLinkChecker({ ...loopback, hostConcurrency: 1 })
  for (let page = 0; page < 4; page++) checker.add(...at(`${server.origin}/page-${page}`))
  const report = await checker.finish()
  expect(report.verdicts.map((result) => [result.url, result.verdict])).toEqual(
    [0, 1, 2, 3].map((page) => [`${server.origin}/page-${page}`, 'ok'])
  )
})
