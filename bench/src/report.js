// What every benchmark reports: statistics of the samples, the machine and
// revision it ran on, tables, and its command-line checks.
import { spawnSync } from 'node:child_process'
import { availableParallelism, cpus, release, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function round3(value) {
  return Math.round(value * 1000) / 1000
}

/** Median, min and max of one field of the samples. */
export function stats(samples, key) {
  const list = samples.map((sample) => sample[key])
  return { median: round3(median(list)), min: round3(Math.min(...list)), max: round3(Math.max(...list)) }
}

/** A Markdown table on stdout. */
export function table(header, rows) {
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}

export function usage(message) {
  console.error(message)
  process.exit(2)
}

export function positiveInteger(text, flag) {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) usage(`Unexpected ${flag} \`${text}\`, expected a positive integer`)
  return value
}

export function machine() {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${process.platform} ${release()}`
  }
}

/** The commit measured, and whether `packages/` had changes on top of it. */
export function revision() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' })
  const status = spawnSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: repoRoot, encoding: 'utf8' })
  if (head.status !== 0) return undefined
  return { commit: head.stdout.trim(), packagesModified: status.stdout.trim() !== '' }
}
