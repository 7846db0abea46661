import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { ContentLimits } from '@roadmap/core'
import type { TransferredFile } from './transfer-file.js'

/** What every worker is started with: the run's settings of the per-file checks. */
export interface FileWorkerSettings {
  /** Ids of the built-in file rules to run (the worker has the rules themselves). */
  ruleIds: string[]
  ruleOptions: Array<[string, unknown]>
  off: string[]
  maxBytes: number | undefined
  limits: ContentLimits
  keepModels: boolean
  /** Send a file's text back even when it has no message (`LintOptions.keepSources`). */
  keepSources: boolean
  /** For the rules' `prepare` (`prepareRules`). */
  contentRoots: string[]
}

/** A file to check; with `contents` when the main thread has read it already. */
export type ToFileWorker = { id: number; path: string; roadmapId: string; contents?: Uint8Array }
export type FromFileWorker = { id: number; file: TransferredFile } | { id: number; error: unknown }

const workerFile = new URL('./file-worker.js', import.meta.url)

/**
 * Worker threads that read and check files: each file goes to the thread with
 * the fewest files in hand, and comes back as plain data (`TransferredFile`).
 * Only in the built package: from the sources (tests run them) the worker
 * file does not exist, and files are checked on the main thread.
 */
export class FileThreads {
  static readonly available: boolean = existsSync(workerFile)

  readonly #workers: Array<{ worker: Worker; inHand: number }>
  readonly #pending = new Map<
    number,
    { resolve: (file: TransferredFile) => void; reject: (error: unknown) => void; slot: { inHand: number } }
  >()
  #nextId = 0
  #failure: unknown

  constructor(count: number, settings: FileWorkerSettings) {
    this.#workers = Array.from({ length: count }, () => {
      const slot = { worker: new Worker(workerFile, { workerData: settings }), inHand: 0 }
      slot.worker.on('message', (message: FromFileWorker) => this.#settle(message))
      slot.worker.on('error', (error) => this.#fail(error))
      slot.worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`A file-checking thread stopped (exit code ${code})`))
      })
      return slot
    })
  }

  /** The fewest files any thread has in hand. */
  get fewestInHand(): number {
    return Math.min(...this.#workers.map((slot) => slot.inHand))
  }

  /** Read (unless `contents` is given) and check `path` on a thread; `fromTransfer` makes the result a checked file. */
  check(path: string, roadmapId: string, contents?: Uint8Array): Promise<TransferredFile> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure)
    const slot = this.#workers.reduce((best, each) => (each.inHand < best.inHand ? each : best))
    const id = this.#nextId++
    slot.inHand++
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, slot })
      slot.worker.postMessage({ id, path, roadmapId, ...(contents ? { contents } : {}) } satisfies ToFileWorker)
    })
  }

  /** Stop every thread. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()))
  }

  #settle(message: FromFileWorker): void {
    const pending = this.#pending.get(message.id)
    if (!pending) return
    this.#pending.delete(message.id)
    pending.slot.inHand--
    if ('file' in message) pending.resolve(message.file)
    else pending.reject(message.error)
  }

  #fail(error: unknown): void {
    this.#failure ??= error
    for (const pending of this.#pending.values()) pending.reject(error)
    this.#pending.clear()
  }
}
