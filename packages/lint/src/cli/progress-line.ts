import type { LinkProgress } from '@roadmap/links'
import type { CliIo } from './io.js'
import { renderProgressBar } from './progress-bar.js'

/** A progress bar redrawn in place on stderr, at most ten times a second. */
export function progressLine(io: CliIo): { update: (progress: LinkProgress) => void; clear: () => void } {
  let last = 0
  let drawn = false
  return {
    update: ({ checked, total, startedAt }) => {
      const now = Date.now()
      if (now - last < 100 && checked < total) return
      last = now
      drawn = true
      io.stderr.write(`\r\u001b[2K${renderProgressBar({ checked, total, elapsedMs: now - startedAt })}`)
    },
    clear: () => {
      if (drawn) io.stderr.write('\r\u001b[2K')
      drawn = false
    }
  }
}
