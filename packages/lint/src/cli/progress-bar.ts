export interface ProgressBarInput {
  checked: number
  total: number
  elapsedMs: number
  /** Characters between the brackets (default 20). */
  width?: number
}

/**
 * One line of progress for a terminal: pure, so the CLI decides whether to
 * draw it (on stderr, and only on a TTY).
 *
 * @example
 *   renderProgressBar({ checked: 120, total: 480, elapsedMs: 3_400, width: 10 })
 *   // '[###-------] 120/480  35/s  ~10s left'
 */
export function renderProgressBar({ checked, total, elapsedMs, width = 20 }: ProgressBarInput): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, checked / total)) : 0
  const filled = Math.round(ratio * width)
  const parts = [`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${checked}/${total}`]
  const rate = elapsedMs > 0 ? (checked * 1000) / elapsedMs : 0
  if (rate > 0) {
    parts.push(`${rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10}/s`)
    const left = Math.max(0, total - checked)
    parts.push(left === 0 ? 'done' : `~${formatSeconds(Math.ceil(left / rate))} left`)
  }
  return parts.join('  ')
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}
