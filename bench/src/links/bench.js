#!/usr/bin/env node
// External link checking: roadmap-lint against a loopback link farm, beside
// linkinator on the same files, in one run.
//
//   pnpm bench:links            (from the repository root: builds, then runs)
//   node bench/src/links/bench.js [--only mixed,small,large,cache] [--small-runs 5] [--large-runs 3]
//
// What it measures and why is in bench/README.md, section "Link checking".
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { machine, positiveInteger, revision, round3, usage } from '../report.js'
import {
  benchRoot,
  hostLimit,
  linkinatorCli,
  linkinatorCommandLines,
  relativeToRepo,
  repoRoot,
  useGnuTime
} from './checkers.js'
import { startFarm } from './farm.js'
import { writeLibrary } from './library.js'
import { urlOf } from './plan.js'
import { healthyFarm } from './scenarios/healthy-farm.js'
import { mixedFarm } from './scenarios/mixed-farm.js'
import { warmCache } from './scenarios/warm-cache.js'
import { formatKinds, printTargets, verdicts } from './summary.js'

/**
 * What the issues ask: against the floor (issue 5); against linkinator as its
 * users run it, both at their defaults, 200 and 5,000 steps (issue 32); on
 * the mixed farm, at most twice linkinator's time at its defaults with every
 * 429-then-200 place ok (issue 14); memory (issues 5 and 14).
 */
const targets = { floorRatio: 1.25, linkinatorRatio: { small: 1.0, large: 1.0 }, mixedRatio: 2, peakMiB: 300 }

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'mixed,small,large,cache' },
    'small-files': { type: 'string', default: '200' },
    'small-urls': { type: 'string', default: '2000' },
    'small-runs': { type: 'string', default: '5' },
    'large-files': { type: 'string', default: '5000' },
    'large-urls': { type: 'string', default: '20000' },
    'large-runs': { type: 'string', default: '3' },
    'cache-library': { type: 'string', default: 'small' },
    'cpu-prof': { type: 'string' },
    delay: { type: 'string', default: '50' },
    port: { type: 'string', default: '0' },
    'lint-bin': { type: 'string', default: join(repoRoot, 'packages/lint/dist/cli/bin.js') },
    compare: { type: 'string' },
    out: { type: 'string', default: join(benchRoot, 'results/links.json') },
    help: { type: 'boolean', short: 'h' }
  }
})
if (values.help) {
  console.log(
    'Usage: node bench/src/links/bench.js [--only mixed,small,large,cache] [--small-files 200] [--small-urls 2000] [--small-runs 5]\n' +
      '       [--large-files 5000] [--large-urls 20000] [--large-runs 3] [--cache-library small|large] [--delay 50] [--port 0]\n' +
      '       [--lint-bin PATH] [--compare PATH] [--cpu-prof DIR] [--out FILE]\n' +
      '--compare PATH runs another build of the CLI (its dist/cli/bin.js) beside --lint-bin on the healthy farm, in the same rounds (A/B).\n' +
      '--cpu-prof DIR writes a V8 CPU profile of every roadmap-lint run on the healthy farm to DIR (summarise with bench/src/profile-summary.js).'
  )
  process.exit(0)
}
const parts = new Set(values.only.split(','))
for (const part of parts) {
  if (!['mixed', 'small', 'large', 'cache'].includes(part))
    usage(`Unexpected --only part \`${part}\`, expected \`mixed\`, \`small\`, \`large\` or \`cache\``)
}
if (!['small', 'large'].includes(values['cache-library']))
  usage(`Unexpected --cache-library \`${values['cache-library']}\`, expected \`small\` or \`large\``)
const delayMs = positiveInteger(values.delay, '--delay')
const lintBin = values['lint-bin']
if (!existsSync(lintBin))
  usage(`Cannot find ${relativeToRepo(lintBin)}: build it first (\`pnpm bench:links\` from the root does).`)
if (!existsSync(linkinatorCli)) usage('Cannot find linkinator: run `pnpm install` first.')
if (values.compare && !existsSync(values.compare)) usage(`Cannot find ${values.compare} (--compare)`)

const scratch = mkdtempSync(join(tmpdir(), 'roadmap-bench-links-'))
const loadBefore = loadavg()
const benchStarted = Date.now()
const farm = await startFarm({ delayMs, port: Number(values.port) })
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }))
console.log(
  `Link farm: ${farm.hosts.length} hosts (${farm.hosts[0]} … ${farm.hosts.at(-1)}) on port ${farm.port}, every response delayed ${delayMs} ms (pid ${farm.pid})`
)

const libraries = {}
const wantsLibrary = (size) =>
  (size === 'small' && (parts.has('small') || parts.has('mixed'))) ||
  (size === 'large' && parts.has('large')) ||
  (parts.has('cache') && values['cache-library'] === size)
for (const size of ['small', 'large']) {
  if (!wantsLibrary(size)) continue
  const files = positiveInteger(values[`${size}-files`], `--${size}-files`)
  const urls = positiveInteger(values[`${size}-urls`], `--${size}-urls`)
  const library = writeLibrary({ files, urls, port: farm.port, out: join(benchRoot, `.corpus/links-${files}`) })
  libraries[size] = library
  console.log(
    `Library ${size}: ${files} steps (${library.markdownFiles} Markdown files) × ${library.linksPerFile} links = ${library.places.length} places over ${urls} URLs; ` +
      `${library.urlsOnBusiestHost} URLs on the busiest host; ${formatKinds(library.urlsPerKind)}`
  )
}
const urlOfPlace = (place) => urlOf(place.number, farm.port)

const results = {
  benchmark: 'links',
  date: new Date().toISOString(),
  machine: machine(),
  revision: revision(),
  measuredWith: useGnuTime
    ? 'GNU time (-f "%M %U %S"), wall time around the child process'
    : 'process.resourceUsage() in the child, wall time around the child process',
  farm: { hosts: farm.hosts, delayMs, port: farm.port },
  settings: {
    roadmapLint: `--allow-private-hosts --no-cache -f json (config: url-insecure off); defaults: ${hostLimit} per host, 128 in all`,
    linkinator: linkinatorCommandLines,
    linkinatorVersion: JSON.parse(readFileSync(join(benchRoot, 'node_modules/linkinator/package.json'), 'utf8')).version
  },
  libraries: Object.fromEntries(
    Object.entries(libraries).map(([size, library]) => [
      size,
      {
        folder: relativeToRepo(library.folder),
        steps: library.files,
        markdownFiles: library.markdownFiles,
        linksPerStep: library.linksPerFile,
        places: library.places.length,
        urls: library.urls,
        urlsPerKind: library.urlsPerKind,
        urlsOnBusiestHost: library.urlsOnBusiestHost
      }
    ])
  )
}

const context = { farm, scratch, lintBin, values, delayMs, targets, urlOfPlace }
try {
  if (parts.has('mixed')) results.mixed = await mixedFarm(context, libraries.small)
  for (const size of ['small', 'large']) {
    if (parts.has(size))
      results[size] = await healthyFarm(
        context,
        libraries[size],
        size,
        positiveInteger(values[`${size}-runs`], `--${size}-runs`)
      )
  }
  if (parts.has('cache'))
    results.cache = await warmCache(context, libraries[values['cache-library']], values['cache-library'])
} finally {
  await farm.stop()
}
results.loadAverage = { before: loadBefore.map(round3), after: loadavg().map(round3) }
results.totalSeconds = round3((Date.now() - benchStarted) / 1000)
results.targets = verdicts(results, targets)
printTargets(results.targets)
mkdirSync(join(values.out, '..'), { recursive: true })
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\nWrote ${relative(process.cwd(), values.out)} (the whole run took ${results.totalSeconds.toFixed(0)} s)`)
