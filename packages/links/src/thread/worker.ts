// The link checker's own thread: see worker-link-checker.ts. It loads the
// checker while the main thread reads the configuration, then checks what
// it is sent and posts back progress and, at the end, the report.
import { parentPort } from 'node:worker_threads'
import { createLinkChecker, type LinkChecker } from '../links/checker.js'
import type { FromWorker, ToWorker } from './worker-link-checker.js'

const port = parentPort
if (!port) throw new Error('link-worker.js runs as a worker thread')
const post = (message: FromWorker) => port.postMessage(message)

let checker: LinkChecker | undefined
let lastProgress = 0

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'start') {
      checker = createLinkChecker({
        ...message.options,
        // At most ten progress messages a second (the bar redraws no faster), and the last one.
        ...(message.progress
          ? {
              onProgress: (state) => {
                const now = Date.now()
                if (now - lastProgress < 100 && state.checked < state.total) return
                lastProgress = now
                post({ type: 'progress', progress: state })
              }
            }
          : {})
      })
    } else if (message.type === 'add') {
      for (const occurrence of message.occurrences) checker?.add(occurrence)
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
