// Preloaded (`node --import`) by test/threads.test.ts: counts the file-checking
// worker threads the CLI starts and prints the count to stderr at exit, so the
// test knows the threaded path ran rather than the main-thread fallback.
import { createRequire, syncBuiltinESMExports } from 'node:module'

const workerThreads = createRequire(import.meta.url)('node:worker_threads')
const Original = workerThreads.Worker
let started = 0
workerThreads.Worker = class extends Original {
  constructor(file, options) {
    super(file, options)
    if (String(file).endsWith('/file-worker.js')) started++
  }
}
syncBuiltinESMExports()
process.on('exit', () => process.stderr.write(`file threads: ${started}\n`))
