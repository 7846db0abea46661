import { Agent } from 'undici'
import { afterEach, expect, test } from 'vitest'
import { closeAll, startServer } from '@roadmap/test-servers'
import { sendRequest } from './http.js'

afterEach(closeAll)

const timeouts = { headersTimeout: 5_000, bodyTimeout: 5_000, requestTimeout: 5_000 }
const headers = { 'user-agent': 'test' }

test('hundreds of requests in flight under one run add one abort listener, and the run ending stops them all', async () => {
  // Answers nothing until the run ends.
  const server = await startServer(() => new Promise(() => {}))
  const agent = new Agent({ connections: 400 })
  const warnings: Error[] = []
  const onWarning = (warning: Error) => warnings.push(warning)
  process.on('warning', onWarning)
  try {
    const run = new AbortController()
    const requests = Array.from({ length: 300 }, (_, n) =>
      sendRequest(
        agent,
        { url: new URL(`${server.origin}/${n}`), method: 'HEAD', headers, keepBodyBytes: 0 },
        timeouts,
        run.signal
      ).then(
        () => 'answered',
        (error: unknown) => error
      )
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    const reason = new Error('deadline')
    run.abort(reason)
    expect(new Set(await Promise.all(requests))).toEqual(new Set([reason]))
    await new Promise((resolve) => setImmediate(resolve))
    expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning')
  } finally {
    process.off('warning', onWarning)
    await agent.destroy()
  }
})

test('reads no more of a body than asked for, and drops the connection', async () => {
  const server = await startServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    const chunk = 'x'.repeat(16 * 1024)
    const write = () => {
      while (response.write(chunk));
      response.once('drain', write)
    }
    write()
  })
  const agent = new Agent()
  try {
    const request = { url: new URL(`${server.origin}/big`), method: 'GET' as const, headers, keepBodyBytes: 1000 }
    const response = await sendRequest(agent, request, timeouts, new AbortController().signal)
    expect({ status: response.status, bytes: response.body?.length, truncated: response.truncated }).toEqual({
      status: 200,
      bytes: 1000,
      truncated: true
    })
  } finally {
    await agent.destroy()
  }
})

test('keeps the first 8 KiB of an error page, where bot protection leaves its marks, and no more', async () => {
  const server = await startServer((_, response) => {
    response.writeHead(403, { 'content-type': 'text/html' })
    response.end(`<title>Just a moment...</title>${'x'.repeat(64 * 1024)}`)
  })
  const agent = new Agent()
  try {
    const request = { url: new URL(`${server.origin}/guarded`), method: 'GET' as const, headers, keepBodyBytes: 0 }
    const response = await sendRequest(agent, request, timeouts, new AbortController().signal)
    expect(response.status).toBe(403)
    expect(response.body?.length).toBe(8 * 1024)
    expect(response.body?.toString().startsWith('<title>Just a moment...</title>')).toBe(true)
  } finally {
    await agent.destroy()
  }
})
