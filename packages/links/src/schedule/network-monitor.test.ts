import { expect, test } from 'vitest'
import { isNetworkLevel, NetworkMonitor } from './network-monitor.js'

function monitor() {
  const events: string[] = []
  const target = new NetworkMonitor({ onDown: () => events.push('down'), onUp: () => events.push('up') })
  return { target, events }
}

test('down after network-level failures on three hosts with no answer; up again on the first answer', () => {
  const { target, events } = monitor()
  target.recordFailure('a.example', 'EAI_AGAIN')
  target.recordFailure('a.example', 'EAI_AGAIN')
  target.recordFailure('b.example', 'ENETUNREACH')
  expect(target.down).toBe(false)
  expect(target.unreachable).toBe(true)
  target.recordFailure('c.example', 'ENOTFOUND')
  expect([target.down, events]).toEqual([true, ['down']])
  target.recordResponse()
  expect([target.down, target.unreachable, events]).toEqual([false, false, ['down', 'up']])
  target.recordFailure('d.example', 'EAI_AGAIN')
  expect(target.down).toBe(false)
})

test('one failing host, or failures that are about the host, are not an outage', () => {
  const { target } = monitor()
  target.recordFailure('a.example', 'ENOTFOUND')
  expect(target.unreachable).toBe(false)
  for (const host of ['b', 'c', 'd']) target.recordFailure(host, 'ECONNREFUSED')
  expect([target.down, target.unreachable]).toEqual([false, false])
})

test('which codes are the network’s', () => {
  expect(
    ['EAI_AGAIN', 'ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'].every(isNetworkLevel)
  ).toBe(true)
  expect(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_HEADERS_TIMEOUT', undefined].some(isNetworkLevel)).toBe(false)
})
