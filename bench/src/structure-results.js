// The structure benchmark's results: medians, ratios to the floor and the
// verdicts against the targets (`summarise`), and the table it prints.
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { machine, median, revision, round3, stats } from './report.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export function summarise(run) {
  const { tools, targets, scratch, started, loadBefore, loadAfter, useGnuTime, corpus, problems, runs, warmup } = run
  const floor = tools.find((tool) => tool.name === 'floor')
  const summary = {}
  for (const tool of tools) {
    const entry = {
      command: `node ${tool.args.map((arg) => (arg.startsWith(scratch) ? arg.replace(scratch, '$TMPDIR') : arg.startsWith('/') ? relative(tool.cwd, arg) || '.' : arg)).join(' ')}`,
      cwd: relative(repoRoot, tool.cwd) || '.',
      what: tool.what,
      seconds: stats(tool.samples, 'seconds'),
      cpuSeconds: stats(tool.samples, 'cpuSeconds'),
      peakMiB: stats(tool.samples, 'peakMiB'),
      samples: tool.samples.map((sample) => ({
        round: sample.round,
        seconds: round3(sample.seconds),
        cpuSeconds: round3(sample.cpuSeconds),
        peakMiB: round3(sample.peakMiB),
        exitCode: sample.exitCode,
        attempts: sample.attempts
      }))
    }
    if (floor && tool !== floor) {
      entry.ratioToFloor = {
        // Median against median, and the median of each round's own ratio.
        wall: round3(entry.seconds.median / median(floor.samples.map((sample) => sample.seconds))),
        cpu: round3(entry.cpuSeconds.median / median(floor.samples.map((sample) => sample.cpuSeconds))),
        wallPerRound: round3(median(tool.samples.map((sample, index) => sample.seconds / floor.samples[index].seconds)))
      }
    }
    summary[tool.name] = entry
  }
  const lint = summary['roadmap-lint']
  const warm = summary['roadmap-lint (warm cache)']
  // A build given with --compare is not the one the targets are about.
  const lintRows = Object.entries(summary).filter(
    ([name]) => name.startsWith('roadmap-lint') && name !== 'roadmap-lint (compare)'
  )
  const peak = Math.max(...lintRows.map(([, tool]) => tool.peakMiB.max))
  const verdict = lint && {
    ratio: lint.ratioToFloor && {
      target: targets.ratio,
      measured: lint.ratioToFloor.wall,
      pass: lint.ratioToFloor.wall <= targets.ratio,
      cpuMeasured: lint.ratioToFloor.cpu
    },
    warmRatio: warm?.ratioToFloor && {
      target: targets.warmRatio,
      measured: warm.ratioToFloor.wall,
      pass: warm.ratioToFloor.wall <= targets.warmRatio
    },
    // Every roadmap-lint row counts: threads, one thread, the warm and the cold cache.
    peakMiB: { target: targets.peakMiB, measured: peak, pass: peak < targets.peakMiB }
  }
  return {
    benchmark: 'structure',
    date: started.toISOString(),
    minutes: round3((Date.now() - started.getTime()) / 60_000),
    machine: { ...machine(), loadAverage: { before: loadBefore.map(round3), after: loadAfter.map(round3) } },
    revision: revision(),
    measuredWith: useGnuTime
      ? 'GNU time (-f "%M %U %S"), wall time around the child process'
      : 'process.resourceUsage() in the child, wall time around the child process',
    corpus: { ...corpus.manifest, folder: relative(repoRoot, corpus.folder), problemsReported: problems.length },
    runs,
    warmup,
    targets: verdict,
    tools: summary
  }
}

export function printTable(results) {
  const rows = Object.entries(results.tools).map(([name, tool]) => [
    name,
    `${tool.seconds.median.toFixed(2)} (${tool.seconds.min.toFixed(2)}–${tool.seconds.max.toFixed(2)})`,
    tool.cpuSeconds.median.toFixed(2),
    tool.ratioToFloor ? `${tool.ratioToFloor.wall.toFixed(2)}×` : name === 'floor' ? '1.00×' : '–',
    tool.ratioToFloor ? `${tool.ratioToFloor.cpu.toFixed(2)}×` : name === 'floor' ? '1.00×' : '–',
    `${tool.peakMiB.median.toFixed(0)} (max ${tool.peakMiB.max.toFixed(0)})`
  ])
  const header = ['tool', 'wall s, median (min–max)', 'CPU s', 'wall × floor', 'CPU × floor', 'peak RSS MiB']
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  if (results.targets) {
    const { ratio, warmRatio, peakMiB } = results.targets
    if (ratio)
      console.log(
        `\nroadmap-lint wall time (one thread, no cache): ${ratio.measured.toFixed(2)}× the floor, target ≤ ${ratio.target}×: ${ratio.pass ? 'PASS' : 'FAIL'}`
      )
    if (warmRatio)
      console.log(
        `roadmap-lint wall time (warm cache): ${warmRatio.measured.toFixed(2)}× the floor, target ≤ ${warmRatio.target}×: ${warmRatio.pass ? 'PASS' : 'FAIL'}`
      )
    console.log(
      `roadmap-lint peak RSS: ${peakMiB.measured.toFixed(0)} MiB (largest of every roadmap-lint run), target < ${peakMiB.target} MiB: ${peakMiB.pass ? 'PASS' : 'FAIL'}`
    )
  }
}
