// The link checker's own thread: see thread-checker.ts. It loads the checker
// while the caller does other work, then checks what it is sent and posts
// back progress, verdicts (when asked) and, at the end, the report.
import { parentPort } from 'node:worker_threads'
import { createLinkChecker, type LinkChecker } from '../checker/checker.js'
import type { FromWorker, ToWorker } from './thread-checker.js'

const port = parentPort
if (!port) throw new Error('worker.js runs as a worker thread')
const post = (message: FromWorker) => port.postMessage(message)

let checker: LinkChecker | undefined
let lastProgress = 0

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'start') {
      checker = createLinkChecker({
        ...message.options,
        // At most ten progress messages a second (a progress bar redraws no faster), and the last one.
        ...(message.progress
          ? {
              onProgress: (state) => {
                const now = Date.now()
                if (now - lastProgress < 100 && state.checked < state.total) return
                lastProgress = now
                post({ type: 'progress', progress: state })
              }
            }
          : {}),
        ...(message.verdicts ? { onVerdict: (verdict) => post({ type: 'verdict', verdict }) } : {})
      })
    } else if (message.type === 'add') {
      for (const [url, place, changed] of message.links) checker?.add(url, place, changed ? { changed } : undefined)
    } else {
      checker?.finish().then(
        (report) => post({ type: 'report', report }),
        (error: unknown) => post({ type: 'error', error })
      )
    }
  } catch (error) {
    post({ type: 'error', error })
  }
})
