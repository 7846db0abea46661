import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { AddOptions, LinkChecker } from '../checker/checker.js'
import { LinkCheckerFinishedError, LinkThreadError } from '../errors.js'
import { resolveNumericOptions, type LinkCheckerOptions } from '../options/options.js'
import type { LinkProgress, LinkReport, LinkVerdict } from '../types.js'

export type ToWorker =
  | { type: 'start'; options: LinkCheckerOptions; progress: boolean; verdicts: boolean }
  | { type: 'add'; links: Array<[url: string, place: unknown, changed: boolean]> }
  | { type: 'finish' }
export type FromWorker =
  | { type: 'progress'; progress: LinkProgress }
  | { type: 'verdict'; verdict: LinkVerdict }
  | { type: 'report'; report: LinkReport }
  | { type: 'error'; error: unknown }

const workerFile = new URL('./worker.js', import.meta.url)

/** Whether this build has the compiled worker `LinkCheckerThread` runs (the TypeScript sources do not). */
export const linkCheckerThreadAvailable: boolean = existsSync(workerFile)

/**
 * The link checker on a worker thread of its own. A caller that parses files
 * keeps its thread busy; sending, receiving and judging thousands of requests
 * is CPU work too, and on one thread each waits for the other. Here they
 * share the machine's cores (bench/README.md).
 *
 * The thread starts at once and loads its modules while the caller does other
 * work; `start` then gives it the options (`onProgress` and `onVerdict` run on
 * the caller's thread; `lookup` and `signal` cannot cross: use `stop`). URLs
 * go over in one message per turn of the caller's work (flushed once its
 * synchronous work is done); places must survive the structured clone. Until
 * `start`, the thread does not keep the process alive, so an error before it
 * never leaves the caller hanging.
 *
 * @example
 *   const checker = new LinkCheckerThread<string>().start({ hostConcurrency: 8 })
 *   checker.add('https://example.com/', 'README.md:3')
 *   const report = await checker.finish()
 */
export class LinkCheckerThread<Place = unknown> implements LinkChecker<Place> {
  readonly #worker: Worker
  readonly #outcome: Promise<LinkReport<Place>>
  #onProgress: LinkCheckerOptions<Place>['onProgress']
  #onVerdict: LinkCheckerOptions<Place>['onVerdict']
  #pending: Array<[string, unknown, boolean]> = []
  #flushQueued = false
  #started = false
  #finished = false

  constructor() {
    if (!linkCheckerThreadAvailable)
      throw new LinkThreadError(
        `Cannot start the link checker's thread: \`${workerFile.pathname}\` is missing; build the package`
      )
    // The checker's garbage is per request and short-lived: a young generation
    // of 8 MB keeps the thread's memory down at no measured cost (bench/README.md).
    this.#worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 8 } })
    this.#outcome = new Promise<LinkReport<Place>>((resolve, reject) => {
      this.#worker.on('message', (message: FromWorker) => {
        if (message.type === 'progress') this.#onProgress?.(message.progress)
        else if (message.type === 'verdict') this.#onVerdict?.(message.verdict as LinkVerdict<Place>)
        else if (message.type === 'report') resolve(message.report as LinkReport<Place>)
        else reject(message.error)
      })
      this.#worker.once('error', reject)
      this.#worker.once('exit', (code) =>
        reject(new LinkThreadError(`The link checker's thread stopped (exit code ${code})`))
      )
    })
    // Until `finish` awaits it, a failed outcome is not unhandled.
    this.#outcome.catch(() => undefined)
    // After the listeners: adding a `message` listener refs the worker again.
    this.#worker.unref()
  }

  /** Start checking with `options`; call once, before `add`. */
  start(options: LinkCheckerOptions<Place>): this {
    // Wrong options are the caller's error: throw it here, not on the thread.
    resolveNumericOptions(options)
    const { onProgress, onVerdict, ...cloneable } = options
    this.#onProgress = onProgress
    this.#onVerdict = onVerdict
    this.#started = true
    this.#worker.ref()
    this.#post({
      type: 'start',
      options: cloneable,
      progress: onProgress !== undefined,
      verdicts: onVerdict !== undefined
    })
    return this
  }

  add(url: string, place?: Place, options?: AddOptions): void {
    if (this.#finished || !this.#started) throw new LinkCheckerFinishedError()
    this.#pending.push([url, place, options?.changed === true])
    if (!this.#flushQueued) {
      this.#flushQueued = true
      queueMicrotask(() => this.#flush())
    }
  }

  async finish(): Promise<LinkReport<Place>> {
    if (this.#finished || !this.#started) throw new LinkCheckerFinishedError()
    this.#finished = true
    this.#flush()
    this.#post({ type: 'finish' })
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
    this.#post({ type: 'add', links: this.#pending })
    this.#pending = []
  }

  #post(message: ToWorker): void {
    this.#worker.postMessage(message)
  }
}
