// Start the link farm (farm-server.js) in its own process and talk to it.
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const serverPath = fileURLToPath(new URL('./farm-server.js', import.meta.url))

/**
 * Start the farm and wait until all 20 hosts listen.
 *
 * @example
 *   const farm = await startFarm({ delayMs: 50 })
 *   await farm.setMode('healthy')
 *   await farm.reset()
 *   // … run a checker against http://127.0.0.2:<farm.port>/…
 *   const { requests, maxInFlight } = await farm.stats()
 *   await farm.stop()
 */
export async function startFarm({ delayMs = 50, port = 0 } = {}) {
  const child = fork(serverPath, [], {
    env: { ...process.env, FARM_DELAY_MS: String(delayMs), FARM_PORT: String(port) },
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  const replies = []
  const waiting = []
  child.on('message', (message) => {
    const index = waiting.findIndex((entry) => entry.type === message.type)
    if (index === -1) replies.push(message)
    else waiting.splice(index, 1)[0].resolve(message)
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const next = (type) =>
    new Promise((resolve, reject) => {
      const index = replies.findIndex((message) => message.type === type)
      if (index !== -1) return resolve(replies.splice(index, 1)[0])
      waiting.push({ type, resolve })
      exited.then((code) => reject(new Error(`The link farm exited (${code}) before answering \`${type}\``)))
    })
  const ask = (message) => {
    const reply = next(message.type)
    child.send(message)
    return reply
  }
  const ready = await next('ready')
  return {
    port: ready.port,
    delayMs: ready.delayMs,
    hosts: ready.hosts,
    pid: child.pid,
    setMode: (mode) => ask({ type: 'mode', mode }),
    reset: () => ask({ type: 'reset' }),
    stats: async () => (await ask({ type: 'stats' })).stats,
    stop: async () => {
      child.disconnect()
      await exited
    }
  }
}
