import { availableParallelism } from 'node:os'
import type { IndexedFile } from '../../rule/content.js'
import type { Rule } from '../../rule/define-rule.js'
import { lintRules } from '../../rules/index.js'
import { checkContentFile, checkRead, type CheckFileOptions } from '../lint-file.js'
import { loadParser } from '../parser.js'
import { FileThreads } from './file-threads.js'
import type { TransferredFile } from './transfer-file.js'

/** How a run checks its files: on the main thread, and on worker threads when it has some. */
export interface FileChecking {
  /** Threads checking files, the main thread included. */
  readonly threads: number
  /** Files the run should have in hand at once to keep every thread busy. */
  readonly inFlight: number
  /** Read (unless `contents` is given) and check one file; from a worker it comes as plain data (`fromTransfer`). */
  check(path: string, roadmapId: string, contents?: Uint8Array): Promise<IndexedFile | TransferredFile>
  close(): Promise<void>
}

/** With `threads: 'auto'`, below this many files per thread, starting threads costs more than it saves. */
export const minFilesPerThread = 500
/** Files a worker has in hand at once: enough that it never waits for the main thread. */
const filesPerWorker = 8

/**
 * Check files on `asked` threads: the main thread and `asked - 1` workers
 * (one less thread to start and to hold a heap than all on workers, and the
 * main thread has little else to do). `'auto'` is one per core, less the
 * `coresTaken` by others (the link checker), and only as many as the run has
 * `minFilesPerThread` files for. All on the main thread when one thread is
 * asked for, a rule is not one of the built-in rules (a worker has only
 * those), or the package is not built (from the sources, which tests run,
 * there is no worker file). Workers start with the first file they get: a
 * run that the cache answers whole starts none.
 */
export function fileChecking(
  asked: number | 'auto',
  fileCount: number,
  options: CheckFileOptions & { keepSources: boolean; concurrency: number; contentRoots: string[] },
  coresTaken: number
): FileChecking {
  const checkHere = async (path: string, roadmapId: string, contents?: Uint8Array): Promise<IndexedFile> => {
    if (!contents) return checkContentFile(path, roadmapId, options)
    await loadParser()
    await options.ready?.()
    return checkRead(path, roadmapId, { contents }, options)
  }
  const threads =
    asked === 'auto'
      ? Math.min(availableParallelism() - coresTaken, Math.floor(fileCount / minFilesPerThread))
      : Math.min(asked, fileCount)
  const builtIn = new Set<Rule>(lintRules)
  if (threads < 2 || !FileThreads.available || !options.rules.every((rule) => builtIn.has(rule))) {
    return {
      threads: 1,
      inFlight: options.concurrency,
      check: checkHere,
      close: async () => undefined
    }
  }

  const off = options.rules.map((rule) => rule.meta.id).filter((id) => options.isOff(id))
  let workers: FileThreads | undefined
  const start = () =>
    new FileThreads(threads - 1, {
      ruleIds: options.rules.map((rule) => rule.meta.id),
      ruleOptions: [...options.ruleOptions],
      off,
      maxBytes: options.maxBytes,
      limits: options.limits,
      keepModels: options.keepModels ?? false,
      keepSources: options.keepSources,
      contentRoots: options.contentRoots
    })
  return {
    threads,
    // Every worker's files, and one on the main thread.
    inFlight: (threads - 1) * filesPerWorker + 1,
    check: async (path, roadmapId, contents) => {
      workers ??= start()
      if (workers.fewestInHand < filesPerWorker) return workers.check(path, roadmapId, contents)
      const checked = await checkHere(path, roadmapId, contents)
      // Checking is synchronous: let the workers' results in (and their next files out) before the next file here.
      await new Promise((resolve) => setImmediate(resolve))
      return checked
    },
    close: async () => workers?.close()
  }
}
