interface HostQueue {
  running: number
  limit: number
  waiting: Array<() => Promise<void>>
}

/**
 * The checks of each host: those running (waiting for a request slot or
 * sending), and those queued behind them. Each running check holds a chain of
 * suspended calls until it gets a slot: a library that names 10,000 new URLs
 * faster than hosts answer would otherwise hold 10,000 of them at once
 * (bench/README.md). A queued check costs a reference.
 */
export class HostQueues {
  readonly #queues = new Map<string, HostQueue>()
  readonly #tasks = new Set<Promise<void>>()
  readonly #limitOf: (host: string) => number

  /** `limitOf(host)`: how many checks of the host run at once. */
  constructor(limitOf: (host: string) => number) {
    this.#limitOf = limitOf
  }

  /** Run `check` now, or once the host's running checks make room. `check` must not reject. */
  run(host: string, check: () => Promise<void>): void {
    const queue = this.#queueOf(host)
    if (queue.running >= queue.limit) queue.waiting.push(check)
    else this.#start(check, queue)
  }

  /** Wait until no check is running or queued, including those started meanwhile. */
  async settle(): Promise<void> {
    while (this.#tasks.size > 0) await Promise.all([...this.#tasks])
  }

  #queueOf(host: string): HostQueue {
    let queue = this.#queues.get(host)
    if (!queue) {
      queue = { running: 0, limit: this.#limitOf(host), waiting: [] }
      this.#queues.set(host, queue)
    }
    return queue
  }

  #start(check: () => Promise<void>, queue: HostQueue): void {
    queue.running++
    const task = check().finally(() => {
      this.#tasks.delete(task)
      queue.running--
      const next = queue.waiting.shift()
      if (next) this.#start(next, queue)
    })
    this.#tasks.add(task)
  }
}
