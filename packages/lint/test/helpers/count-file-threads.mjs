// Preloaded (`node --import`) by test/threads.test.ts: counts the file-checking
// worker threads the CLI starts and the files it sends them, and prints both
// to stderr at exit, so the test knows which files the workers checked rather
// than the main thread.
import { createRequire, syncBuiltinESMExports } from 'node:module'

const workerThreads = createRequire(import.meta.url)('node:worker_threads')
const Original = workerThreads.Worker
let started = 0
let sent = 0
workerThreads.Worker = class extends Original {
  constructor(file, options) {
    super(file, options)
    this.isFileWorker = String(file).endsWith('/file-worker.js')
    if (this.isFileWorker) started++
  }

  postMessage(message, transfer) {
    if (this.isFileWorker) sent++
    return super.postMessage(message, transfer)
  }
}
syncBuiltinESMExports()
process.on('exit', () => process.stderr.write(`file threads: ${started}\nfiles sent to them: ${sent}\n`))
