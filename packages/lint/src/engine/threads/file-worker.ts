// A worker thread that reads and checks content files with the built-in
// per-file rules; the main thread runs everything across files. Started by
// `FileThreads`; its messages are `ToFileWorker` and `FromFileWorker`.
import { parentPort, workerData } from 'node:worker_threads'
import { lintRules } from '../../rules/index.js'
import type { FileRule } from '../../rule/define-rule.js'
import { checkContentFile, checkRead, type CheckFileOptions } from '../lint-file.js'
import { loadParser } from '../parser.js'
import { prepareRules } from '../prepare-rules.js'
import { toTransfer } from './transfer-file.js'
import type { FileWorkerSettings, FromFileWorker, ToFileWorker } from './file-threads.js'

// A worker exists to parse: load the parser before the first file comes.
await loadParser()
const settings = workerData as FileWorkerSettings
const enabled = new Set(settings.ruleIds)
const off = new Set(settings.off)
const options: CheckFileOptions = {
  rules: lintRules.filter((rule): rule is FileRule => rule.scope === 'file' && enabled.has(rule.meta.id)),
  ruleOptions: new Map(settings.ruleOptions),
  isOff: (ruleId) => off.has(ruleId),
  maxBytes: settings.maxBytes,
  limits: settings.limits,
  keepModels: settings.keepModels
}

await prepareRules(options.rules, (ruleId) => off.has(ruleId), settings.contentRoots)

const port = parentPort
if (!port) throw new Error('file-worker.js runs as a worker thread')
port.on('message', (message: ToFileWorker) => {
  const checked = message.contents
    ? Promise.resolve().then(() =>
        checkRead(message.path, message.roadmapId, { contents: message.contents as Uint8Array }, options)
      )
    : checkContentFile(message.path, message.roadmapId, options)
  checked.then(
    (indexed) => {
      // A clean file's text is dropped on the main thread anyway: not sent.
      const withValue = settings.keepSources || indexed.file.messages.length > 0
      port.postMessage({ id: message.id, file: toTransfer(indexed, { withValue }) } satisfies FromFileWorker)
    },
    (error: unknown) => port.postMessage({ id: message.id, error } satisfies FromFileWorker)
  )
})
