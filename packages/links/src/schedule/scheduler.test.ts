import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { Scheduler, type Slot } from './scheduler.js'

const controllers: AbortController[] = []
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort(new Error('test over'))
})

function scheduler(globalLimit: number, hostLimit: number, slowGap = 0) {
  const controller = new AbortController()
  controllers.push(controller)
  return {
    scheduler: new Scheduler({ globalLimit, hostLimit: () => hostLimit, slowGap, signal: controller.signal }),
    controller
  }
}

/** Acquire and record the order in which slots are granted. */
function track(target: Scheduler, hosts: string[]) {
  const granted: string[] = []
  const slots: Slot[] = []
  for (const [index, host] of hosts.entries()) {
    target.acquire(host).then(
      (slot) => {
        granted.push(`${host}#${index}`)
        slots.push(slot)
      },
      () => undefined // still waiting when the test ends
    )
  }
  return { granted, slots }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

test('a busy host does not hold up other hosts', async () => {
  const { scheduler: target } = scheduler(3, 1)
  const { granted, slots } = track(target, ['a', 'a', 'a', 'b', 'c'])
  await tick()
  expect(granted).toEqual(['a#0', 'b#3', 'c#4'])
  slots[0]?.release()
  await tick()
  expect(granted).toEqual(['a#0', 'b#3', 'c#4', 'a#1'])
})

test('a redirect to another host keeps its global slot and gives up its host slot first', async () => {
  const { scheduler: target } = scheduler(2, 1)
  const first = await target.acquire('a')
  const second = await target.acquire('b')
  // Each chain redirects into the other's host: neither may deadlock.
  const moves = Promise.all([first.moveTo('b'), second.moveTo('a')])
  await moves
  expect([first.host, second.host]).toEqual(['b', 'a'])
  // A newcomer waits: both global slots are still held.
  let started = false
  void target.acquire('c').then(
    () => (started = true),
    () => undefined
  )
  await tick()
  expect(started).toBe(false)
  first.release()
  await tick()
  expect(started).toBe(true)
})

describe('waits, on a fake clock', () => {
  // The scheduler's clock (`Date.now`) and its timer (`setTimeout`) are fake:
  // each wait is checked to the millisecond, and a slow machine changes nothing.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** Acquire `count` slots on `host` one after another, each released at once; the times they were granted at. */
  function acquireInTurn(target: Scheduler, host: string, count: number) {
    const started = Date.now()
    const times: number[] = []
    void (async () => {
      for (let index = 0; index < count; index++) {
        const slot = await target.acquire(host)
        times.push(Date.now() - started)
        slot.release()
      }
    })().catch(() => undefined)
    return times
  }

  test('slowing a host halves its limit; at one request it adds the gap; nothing starts before the wait ends', async () => {
    const { scheduler: target } = scheduler(10, 4, 40)
    // 4 → 2 → 1, then a gap between requests.
    target.slowDown('a', 0)
    target.slowDown('a', 0)
    target.slowDown('a', 100)
    const times = acquireInTurn(target, 'a', 3)
    await vi.advanceTimersByTimeAsync(99)
    expect(times).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(times).toEqual([100])
    await vi.advanceTimersByTimeAsync(80)
    // The gap of 40 ms between request starts.
    expect(times).toEqual([100, 140, 180])
    expect(target.slowedHosts).toEqual(['a'])
    expect(target.readyAt('a')).toBe(Date.now() + 40)
  })

  test('a 429 slows the host down without holding it back; a request sent before it slows the host no further', async () => {
    const { scheduler: target } = scheduler(10, 8, 40)
    const sentBefore = Date.now() - 10
    target.slowDown('a', 0) // 8 → 4
    // Answers to requests that were in flight when the first one came back: the same load.
    target.slowDown('a', 0, sentBefore)
    target.slowDown('a', 60, sentBefore)
    const { granted, slots } = track(target, ['a', 'a', 'a', 'a', 'a'])
    // Not held back for the 60 ms (only the refused URL waits for that): four start at once, ...
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toEqual(['a#0', 'a#1', 'a#2', 'a#3'])
    // ... halved once, from 8 to 4, not down to 1: the fifth waits for a slot, not for a time.
    await vi.advanceTimersByTimeAsync(1_000)
    expect(granted).toHaveLength(4)
    slots[0]?.release()
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toEqual(['a#0', 'a#1', 'a#2', 'a#3', 'a#4'])
  })

  test('a host unavailable as a whole (503) starts nothing before its wait ends', async () => {
    const { scheduler: target } = scheduler(10, 8, 40)
    target.slowDown('a', 60, Date.now(), true)
    const times = acquireInTurn(target, 'a', 1)
    await vi.advanceTimersByTimeAsync(59)
    expect(times).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(times).toEqual([60])
  })
})

test('a queued entry is started with its slot in turn, or told when the run ends first', async () => {
  const { scheduler: target, controller } = scheduler(1, 1)
  const started: string[] = []
  const failed: unknown[] = []
  const slots: Slot[] = []
  for (const name of ['first', 'second', 'third']) {
    target.enqueue(
      'a',
      (slot) => {
        started.push(name)
        slots.push(slot)
      },
      (reason) => failed.push(reason)
    )
  }
  // Granted synchronously while there is room; the others wait in the host's queue.
  expect(started).toEqual(['first'])
  slots[0]?.release()
  expect(started).toEqual(['first', 'second'])
  const reason = new Error('deadline')
  controller.abort(reason)
  expect(failed).toEqual([reason])
  target.enqueue(
    'b',
    () => started.push('late'),
    (late) => failed.push(late)
  )
  expect(failed).toEqual([reason, reason])
})

test('every wait ends when the run ends', async () => {
  const { scheduler: target, controller } = scheduler(1, 1)
  await target.acquire('a')
  const waiting = target.acquire('a')
  const reason = new Error('deadline')
  controller.abort(reason)
  await expect(waiting).rejects.toBe(reason)
  await expect(target.acquire('b')).rejects.toBe(reason)
})
