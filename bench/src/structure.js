#!/usr/bin/env node
// Structure-only linting against the floor, side by side in one run.
//
//   pnpm bench:structure            (from the repository root: builds, then runs)
//   node bench/src/structure.js [--files 5000] [--runs 5] [--only floor,roadmap-lint] [--compare PATH] [--shape links]
//
// Every tool runs as its own `node` process, so each pays the same start-up
// cost, and the order rotates every round so that drift in the machine's load
// hits every tool alike. Wall time is measured around the child process; peak
// RSS and CPU time come from GNU time (or, without it, from the child itself).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureCorpus } from './generate-corpus.js'
import { linksCorpus } from './links-corpus.js'
import { positiveInteger, usage } from './report.js'
import { printTable, summarise } from './structure-results.js'

const benchRoot = fileURLToPath(new URL('..', import.meta.url))
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const gnuTime = '/usr/bin/time'

/**
 * What issue 14 asks of `roadmap-lint --offline` against the floor (the
 * single-threaded bare parse): on worker threads at most 0.7× its time, with a
 * warm content cache at most 0.1×, and under 300 MiB for the whole process.
 */
const targets = { ratio: 0.7, warmRatio: 0.1, peakMiB: 300 }

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    only: { type: 'string' },
    'lint-bin': { type: 'string', default: join(repoRoot, 'packages/lint/dist/cli/bin.js') },
    compare: { type: 'string' },
    shape: { type: 'string', default: 'steps' },
    out: { type: 'string', default: join(benchRoot, 'results/structure.json') },
    help: { type: 'boolean', short: 'h' }
  }
})
if (values.help) {
  console.log(
    'Usage: node bench/src/structure.js [--files 5000] [--runs 5] [--warmup 1] [--only floor,roadmap-lint,markdownlint-cli2] [--lint-bin PATH] [--compare PATH] [--out FILE]'
  )
  console.log(
    '  --compare PATH  also measure another build of bin.js (say, a patched copy of dist/) in the same rounds'
  )
  process.exit(0)
}
const runs = positiveInteger(values.runs, '--runs')
const warmup = Number(values.warmup)
const files = positiveInteger(values.files, '--files')

// Children run in other folders: make every path absolute first.
const lintBin = resolve(values['lint-bin'])
const compareBin = values.compare && resolve(values.compare)
const outFile = resolve(values.out)
for (const bin of [lintBin, compareBin].filter(Boolean)) {
  if (!existsSync(bin)) {
    console.error(
      `Cannot find ${relative(process.cwd(), bin)}: build it first (\`pnpm bench:structure\` from the root does).`
    )
    process.exit(2)
  }
}

if (!['steps', 'links'].includes(values.shape))
  usage(`Unexpected --shape \`${values.shape}\`, expected \`steps\` or \`links\``)
const corpus =
  (values.shape === 'links' ? linksCorpus(files) : ensureCorpus({ files })) ??
  usage(`Cannot find bench/.corpus/links-${files}: run \`pnpm bench:links\` once to write it`)
const configArgs = corpus.config ? ['--config', corpus.config] : []
console.log(
  `${corpus.generated ? 'Generated' : 'Using'} corpus ${relative(process.cwd(), corpus.folder)}: ` +
    `${corpus.manifest.steps} steps in ${corpus.manifest.roadmaps} roadmaps, ` +
    `${(corpus.manifest.bytes / 2 ** 20).toFixed(1)} MiB, ${corpus.manifest.linesPerStep} lines and ${corpus.manifest.linksPerStep} links per step`
)

const scratch = mkdtempSync(join(tmpdir(), 'roadmap-bench-'))
const lintOutput = join(scratch, 'roadmap-lint.json')
const [cacheFile, coldCacheFile] = [join(scratch, 'content-cache'), join(scratch, 'cold-cache')]

/** `roadmap-lint --offline` with the built CLI at `bin`, with `extra` flags. */
function lintTool(
  name,
  bin,
  extra = ['--no-content-cache'],
  what = 'roadmap-lint --offline --no-content-cache -f json -o <scratch file>'
) {
  return {
    name,
    // The report goes to a scratch file rather than /dev/null so each run can
    // be checked; on a clean corpus it is `[]`, so the cost is the same.
    what,
    args: [bin, corpus.folder, '--offline', ...configArgs, ...extra, '-f', 'json', '-o', lintOutput],
    cwd: repoRoot,
    okCodes: [0, 1],
    before: () => rmSync(lintOutput, { force: true }),
    check: () => existsSync(lintOutput) && JSON.parse(readFileSync(lintOutput, 'utf8')).length === problems.length
  }
}

/**
 * The measured commands. Each is one `node` process over the same files, and
 * each run is checked to have done the whole job (a run against a build that
 * another process is replacing fails fast, and must not count).
 */
const tools = [
  {
    name: 'floor',
    what: 'read + unified/remark-parse/remark-frontmatter + yaml parseDocument, one process',
    args: [join(benchRoot, 'src/floor.js'), corpus.folder],
    cwd: repoRoot,
    okCodes: [0],
    check: ({ stdout }) => JSON.parse(stdout).files === corpus.manifest.markdownFiles - 1
  },
  lintTool('roadmap-lint', lintBin),
  // The warm-up round fills the cache; the corpus does not change afterwards.
  lintTool(
    'roadmap-lint (warm cache)',
    lintBin,
    ['--content-cache', cacheFile],
    'roadmap-lint --offline --content-cache <file filled by an earlier run>'
  ),
  // The default first run: the cache is written, not read.
  {
    ...lintTool(
      'roadmap-lint (cold cache)',
      lintBin,
      ['--content-cache', coldCacheFile],
      'roadmap-lint --offline --content-cache <file removed before each run>'
    ),
    before: () => {
      for (const file of [lintOutput, coldCacheFile]) rmSync(file, { force: true })
    }
  },
  ...(compareBin ? [lintTool('roadmap-lint (compare)', compareBin)] : []),
  {
    name: 'markdownlint-cli2',
    what: 'markdownlint-cli2 "*/*.md", default config (reference only)',
    args: [join(benchRoot, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '*/*.md'],
    cwd: corpus.folder,
    okCodes: [0, 1],
    check: ({ stdout }) => stdout.includes(`Linting: ${corpus.manifest.markdownFiles - 1} file(s)`)
  }
].filter((tool) => !values.only || values.only.split(',').includes(tool.name) || tool.name === 'roadmap-lint (compare)')
// The warm-cache row needs a warm cache even with --warmup 0.
if (tools.some((tool) => tool.name === 'roadmap-lint (warm cache)'))
  spawnSync(
    process.execPath,
    [
      lintBin,
      corpus.folder,
      '--offline',
      ...configArgs,
      '--content-cache',
      cacheFile,
      '-f',
      'json',
      '-o',
      join(scratch, 'fill.json')
    ],
    { cwd: repoRoot }
  )

// ROADMAP_BENCH_NO_GNU_TIME=1 tries the fallback on a machine that has GNU time.
const useGnuTime = existsSync(gnuTime) && !process.env.ROADMAP_BENCH_NO_GNU_TIME

// Not timed: check the corpus is what we claim (roadmap-lint finds it clean).
const problems = lintProblems()
console.log(
  `roadmap-lint reports ${problems.length} problem(s) on the corpus${problems.length ? `, e.g. ${problems[0].ruleId}: ${problems[0].message}` : ''}`
)
console.log(
  `Measuring with ${useGnuTime ? gnuTime : 'process.resourceUsage() in the child'}; ${warmup} warm-up and ${runs} timed round(s)\n`
)

const loadBefore = loadavg()
const started = new Date()
for (let round = -warmup; round < runs; round++) {
  // Rotate the order each round: floor, lint, mdl / lint, mdl, floor / …
  const order = tools.map((_, index) => tools[(index + Math.max(round, 0)) % tools.length])
  for (const tool of order) {
    const sample = await measureChecked(tool)
    const label = round < 0 ? 'warm-up' : `round ${round + 1}/${runs}`
    console.log(
      `${label.padEnd(11)} ${tool.name.padEnd(18)} ${sample.seconds.toFixed(2).padStart(7)} s  cpu ${sample.cpuSeconds.toFixed(2).padStart(6)} s  ${sample.peakMiB.toFixed(0).padStart(4)} MiB`
    )
    if (round >= 0) {
      tool.samples ??= []
      tool.samples.push({ round: round + 1, ...sample })
    }
  }
}
const loadAfter = loadavg()
rmSync(scratch, { recursive: true, force: true })

const results = summarise({
  tools,
  targets,
  scratch,
  started,
  loadBefore,
  loadAfter,
  useGnuTime,
  corpus,
  problems,
  runs,
  warmup
})
printTable(results)
writeResults(results)

function lintProblems() {
  const report = join(scratch, 'problems.json')
  const run = spawnSync(
    process.execPath,
    [lintBin, corpus.folder, '--offline', ...configArgs, '--no-content-cache', '-f', 'json', '-o', report],
    { cwd: repoRoot, encoding: 'utf8' }
  )
  if (run.status !== 0 && run.status !== 1) {
    console.error(`roadmap-lint failed (exit ${run.status}):\n${run.stderr}`)
    process.exit(2)
  }
  return JSON.parse(readFileSync(report, 'utf8'))
}

/** `measure`, retried a few times when a run did not do the whole job. */
async function measureChecked(tool) {
  for (let attempt = 1; ; attempt++) {
    tool.before?.()
    const sample = await measure(tool)
    let ok = tool.okCodes.includes(sample.exitCode)
    try {
      ok &&= tool.check(sample)
    } catch {
      ok = false
    }
    if (ok) return { ...sample, attempts: attempt }
    const why = `${tool.name} run failed (exit ${sample.exitCode}):\n${sample.stderr.slice(-1000)}`
    if (attempt === 3) throw new Error(why)
    console.log(`${why}\nRetrying in 20 s (is a build replacing dist/?)`)
    await new Promise((resolve) => setTimeout(resolve, 20_000))
  }
}

/** Run one tool once: wall seconds, CPU seconds (user + system) and peak RSS. */
function measure(tool) {
  const usageFile = join(scratch, 'usage.txt')
  rmSync(usageFile, { force: true })
  const [command, args, env] = useGnuTime
    ? [gnuTime, ['-f', '%M %U %S', '-o', usageFile, process.execPath, ...tool.args], process.env]
    : [
        process.execPath,
        ['--import', pathToFileURL(join(benchRoot, 'src/report-usage.js')).href, ...tool.args],
        { ...process.env, ROADMAP_BENCH_USAGE: usageFile }
      ]
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: tool.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    // markdownlint-cli2 prints every problem to stderr: keep only the end.
    child.stdout.on('data', (chunk) => (stdout = (stdout + chunk).slice(-4000)))
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      // GNU time adds "Command exited with non-zero status N" before its line.
      const line = existsSync(usageFile) ? readFileSync(usageFile, 'utf8').trim().split('\n').at(-1) : '0 0 0'
      const [rssKiB, user, system] = line.split(' ').map(Number)
      resolve({ seconds, cpuSeconds: user + system, peakMiB: rssKiB / 1024, exitCode: code, stdout, stderr })
    })
  })
}

function writeResults(results) {
  mkdirSync(join(outFile, '..'), { recursive: true })
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nWrote ${relative(process.cwd(), outFile)}`)
}
