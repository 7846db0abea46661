#!/usr/bin/env node
// The worst known inputs for the parser, one hostile step file each, next to
// a clean step: each must be linted in under one second, the run must not
// crash, and the clean file must still be reported on.
//
//   pnpm bench:hostile             (from the repository root: builds, then runs)
//   node bench/src/hostile.js [--runs 5] [--only lists-4000,topics-5079]
//
// Each case is a `roadmap-lint --offline -f json` run as its own process over
// a two-file roadmap; "baseline" is the same run without the hostile file, so
// the difference is what the hostile file costs. Peak RSS from GNU time.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { machine, median, positiveInteger, revision, round3, table } from './report.js'

const benchRoot = fileURLToPath(new URL('..', import.meta.url))
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const gnuTime = '/usr/bin/time'
const targetSeconds = 1

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    'lint-bin': { type: 'string', default: join(repoRoot, 'packages/lint/dist/cli/bin.js') },
    out: { type: 'string', default: join(benchRoot, 'results/hostile.json') },
    help: { type: 'boolean', short: 'h' }
  }
})
if (values.help) {
  console.log('Usage: node bench/src/hostile.js [--runs 5] [--only NAME,…] [--lint-bin PATH] [--out FILE]')
  process.exit(0)
}
const runs = positiveInteger(values.runs, '--runs')
const lintBin = resolve(values['lint-bin'])
if (!existsSync(lintBin)) {
  console.error('Cannot find the built CLI: run `pnpm bench:hostile` from the root (it builds first).')
  process.exit(2)
}

const frontmatter =
  '---\ntitle: Hostile\nsummary: A step that tries to stall the parser.\nlevel: beginner\n---\n\nAn introduction.\n\n'
const topic = (n) =>
  `## Topic ${n}\n\nWhat topic ${n} is about.\n\n- [Guide ${n}](https://example.com/guide/${n} "article")\n\n`
const repeat = (text, count) => text.repeat(count)

/** The inputs, as reported (issues #16 and #19) or as close to a limit as content may go. */
const cases = [
  {
    name: 'lists-4000',
    what: '4,000 × `Some text.` + a two-item list (issue #19: 22 s before the limits)',
    body: () => repeat('Some text.\n\n- a\n- b\n\n', 4000)
  },
  { name: 'lists-8000', what: 'the same, doubled', body: () => repeat('Some text.\n\n- a\n- b\n\n', 8000) },
  {
    name: 'topics-5079',
    what: '5,079 topics with a resource each (issue #19: 52 s, 610 MB)',
    body: () => Array.from({ length: 5079 }, (_, n) => topic(n)).join('')
  },
  {
    name: 'blockquote-20000',
    what: 'a block quote nested 20,000 deep (issue #16: stack overflow)',
    body: () => `${'>'.repeat(20000)} text\n`
  },
  {
    name: 'list-nest-3000',
    what: 'a list nested 3,000 deep',
    body: () => Array.from({ length: 3000 }, (_, n) => `${'  '.repeat(n)}- item\n`).join('')
  },
  {
    name: 'emphasis-100k',
    what: '100,000 unclosed `*` and `[` on one paragraph',
    body: () => `${repeat('*a [', 25000)}\n`
  },
  { name: 'long-line', what: 'one line of 900,000 characters', body: () => `${repeat('word ', 180000)}\n` },
  // Accepted inputs, at the default limits: the worst the parser is given.
  {
    name: 'lists-at-limit',
    what: '499 × the list pattern: 998 list items, under `max-list-items` (1,000)',
    body: () => repeat('Some text.\n\n- a\n- b\n\n', 499)
  },
  {
    name: 'topics-at-limit',
    what: '999 topics with a resource each, under `max-list-items`',
    body: () => Array.from({ length: 999 }, (_, n) => topic(n)).join('')
  },
  {
    name: 'markup-dense',
    what: '2,495 paragraphs of 140 pieces of inline markup each: every paragraph under `max-inline-markup`',
    body: () => repeat(`${repeat('*a* ', 70)}\n\n`, 2495)
  },
  {
    name: 'markup-at-limit',
    what: '71 paragraphs of 140 pieces: 9,940, under `max-file-markup` (10,000)',
    body: () => repeat(`${repeat('*a* ', 70)}\n\n`, 71)
  },
  {
    name: 'prose-at-limit',
    what: '4,980 lines of 200 characters of prose: under `max-lines` and the 1 MiB cap',
    body: () => repeat(`${repeat('word ', 40)}\n`, 4980)
  }
].filter((each) => !values.only || values.only.split(',').includes(each.name))

const scratch = mkdtempSync(join(tmpdir(), 'roadmap-bench-hostile-'))
const roadmapMd =
  '---\ntitle: Hostile\ndescription: A roadmap for the benchmark.\nupdated: 2026-01-01\n---\n\nAn introduction.\n'
const cleanStep = `${frontmatter}${topic(1)}`

function contentWith(hostile) {
  const root = mkdtempSync(join(scratch, 'content-'))
  mkdirSync(join(root, 'bench'))
  writeFileSync(join(root, 'bench/roadmap.md'), roadmapMd)
  writeFileSync(join(root, 'bench/01-clean.md'), cleanStep)
  if (hostile !== undefined) writeFileSync(join(root, 'bench/02-hostile.md'), hostile)
  return root
}

function run(root) {
  const report = join(scratch, 'report.json')
  const usage = join(scratch, 'usage.txt')
  rmSync(report, { force: true })
  const started = performance.now()
  const child = spawnSync(
    gnuTime,
    [
      '-f',
      '%M',
      '-o',
      usage,
      process.execPath,
      lintBin,
      root,
      '--offline',
      '--no-content-cache',
      '-f',
      'json',
      '-o',
      report
    ],
    { cwd: repoRoot, encoding: 'utf8' }
  )
  const seconds = (performance.now() - started) / 1000
  const peakMiB = Number(readFileSync(usage, 'utf8').trim().split('\n').at(-1)) / 1024
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`roadmap-lint exited ${child.status}:\n${child.stderr.slice(-2000)}`)
  return { seconds, peakMiB, exitCode: child.status, problems: JSON.parse(readFileSync(report, 'utf8')) }
}

console.log(`roadmap-lint --offline on a clean step plus one hostile step; ${runs} run(s) each, median\n`)
const baselineRoot = contentWith(undefined)
const baseline = Array.from({ length: runs }, () => run(baselineRoot).seconds)
const baselineSeconds = median(baseline)
console.log(`baseline (clean step only): ${baselineSeconds.toFixed(2)} s`)

const results = []
for (const each of cases) {
  const text = `${frontmatter}${each.body()}`
  const root = contentWith(text)
  const samples = Array.from({ length: runs }, () => run(root))
  const last = samples.at(-1)
  const onHostile = [
    ...new Set(
      last.problems.filter((problem) => problem.file.endsWith('02-hostile.md')).map((problem) => problem.ruleId)
    )
  ]
  const seconds = median(samples.map((sample) => sample.seconds))
  const result = {
    name: each.name,
    what: each.what,
    bytes: Buffer.byteLength(text),
    seconds: round3(seconds),
    hostileFileSeconds: round3(Math.max(0, seconds - baselineSeconds)),
    peakMiB: Math.round(Math.max(...samples.map((sample) => sample.peakMiB))),
    exitCode: last.exitCode,
    reported: onHostile,
    // A check that failed on the hostile file is a miss however fast the run was.
    internalErrors: last.problems.filter((problem) => problem.ruleId === 'internal-error').length,
    met:
      seconds - baselineSeconds < targetSeconds && !last.problems.some((problem) => problem.ruleId === 'internal-error')
  }
  results.push(result)
  console.log(
    `${each.name.padEnd(17)} ${(result.bytes / 1024).toFixed(0).padStart(5)} KiB  ${seconds.toFixed(2)} s  ${result.peakMiB} MiB  ${onHostile.join(', ') || 'no problem'}`
  )
}
rmSync(scratch, { recursive: true, force: true })

console.log('')
table(
  ['Input', 'Size', 'Run (median)', 'Hostile file', 'Peak RSS', 'Reported on it', `< ${targetSeconds} s`],
  results.map((result) => [
    `\`${result.name}\`: ${result.what}`,
    `${(result.bytes / 1024).toFixed(0)} KiB`,
    `${result.seconds.toFixed(2)} s`,
    `${result.hostileFileSeconds.toFixed(2)} s`,
    `${result.peakMiB} MiB`,
    result.reported.map((id) => `\`${id}\``).join(', ') || '—',
    result.met ? 'met' : '**missed**'
  ])
)
mkdirSync(join(benchRoot, 'results'), { recursive: true })
writeFileSync(
  resolve(values.out),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), revision: revision(), runs, baselineSeconds: round3(baselineSeconds), results }, null, 2)}\n`
)
console.log(`\nWrote ${resolve(values.out)}`)
process.exitCode = results.every((result) => result.met) ? 0 : 1
