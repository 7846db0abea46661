// Preloaded with `node --import` when GNU time is not installed: on exit,
// write this process's peak RSS and CPU time to the file named by
// ROADMAP_BENCH_USAGE, so the benchmark can read them like `time -f`.
import { writeFileSync } from 'node:fs'

const target = process.env.ROADMAP_BENCH_USAGE
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    // maxRSS is in KiB, CPU times in microseconds.
    writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`)
  })
}
