import { Worker } from 'node:worker_threads'
import type { LinkChecker } from '../links/checker.js'
import { LinkCheckerFinishedError } from '../links/errors.js'
import { resolveNumericOptions, type LinkCheckerOptions } from '../links/options.js'
import type { LinkOccurrence, LinkProgress, LinkReport } from '../links/types.js'

export type ToWorker =
  | { type: 'start'; options: LinkCheckerOptions; progress: boolean }
  | { type: 'add'; occurrences: LinkOccurrence[] }
  | { type: 'finish' }
export type FromWorker =
  | { type: 'progress'; progress: LinkProgress }
  | { type: 'report'; report: LinkReport }
  | { type: 'error'; error: unknown }

/**
 * The link checker on a thread of its own. Parsing and rules keep the main
 * thread busy; sending, receiving and judging thousands of requests is CPU
 * work too, and on one thread each waits for the other. Here they share the
 * machine's cores (bench/README.md).
 *
 * The thread starts at once and loads its modules while the main thread
 * reads the configuration; `start` then gives it the options (cloneable: no
 * `lookup` or `signal`; `onProgress` runs on this thread). Occurrences go over
 * in one message per file (flushed once the caller's synchronous work is
 * done); the report comes back at the end. Until `start`, the thread does not
 * keep the process alive, so an error before it never leaves the CLI hanging.
 */
export class WorkerLinkChecker implements LinkChecker {
  readonly #worker: Worker
  readonly #outcome: Promise<LinkReport>
  #onProgress: LinkCheckerOptions['onProgress']
  #pending: LinkOccurrence[] = []
  #flushQueued = false
  #started = false
  #finished = false

  constructor(workerFile: URL) {
    // The checker's garbage is per request and short-lived: a young generation
    // of 8 MB (the main thread's is larger, for parse trees) keeps the
    // thread's memory down at no measured cost (bench/README.md).
    this.#worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 8 } })
    this.#outcome = new Promise<LinkReport>((resolve, reject) => {
      this.#worker.on('message', (message: FromWorker) => {
        if (message.type === 'progress') this.#onProgress?.(message.progress)
        else if (message.type === 'report') resolve(message.report)
        else reject(message.error)
      })
      this.#worker.once('error', reject)
      this.#worker.once('exit', (code) => reject(new Error(`The link checker's thread stopped (exit code ${code})`)))
    })
    // Until `finish` awaits it, a failed outcome is not unhandled.
    this.#outcome.catch(() => undefined)
    // After the listeners: adding a `message` listener refs the worker again.
    this.#worker.unref()
  }

  /** Start checking with `options`; call once, before `add`. */
  start(options: LinkCheckerOptions): this {
    // Wrong options are the caller's error: throw it here, not on the thread.
    resolveNumericOptions(options)
    const { onProgress, ...cloneable } = options
    this.#onProgress = onProgress
    this.#started = true
    this.#worker.ref()
    this.#worker.postMessage({ type: 'start', options: cloneable, progress: onProgress !== undefined } satisfies ToWorker)
    return this
  }

  add(occurrence: LinkOccurrence): void {
    if (this.#finished || !this.#started) throw new LinkCheckerFinishedError()
    this.#pending.push(occurrence)
    if (!this.#flushQueued) {
      this.#flushQueued = true
      queueMicrotask(() => this.#flush())
    }
  }

  async finish(): Promise<LinkReport> {
    if (this.#finished || !this.#started) throw new LinkCheckerFinishedError()
    this.#finished = true
    this.#flush()
    this.#worker.postMessage({ type: 'finish' } satisfies ToWorker)
    try {
      return await this.#outcome
    } finally {
      this.stop()
    }
  }

  /** End the thread, whatever it is doing, without waiting for it: nothing of it keeps the process alive. */
  stop(): void {
    this.#finished = true
    this.#worker.unref()
    void this.#worker.terminate()
  }

  #flush(): void {
    this.#flushQueued = false
    if (this.#pending.length === 0) return
    this.#worker.postMessage({ type: 'add', occurrences: this.#pending } satisfies ToWorker)
    this.#pending = []
  }
}
