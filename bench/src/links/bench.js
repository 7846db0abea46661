#!/usr/bin/env node
// External link checking: roadmap-lint against a loopback link farm, beside
// linkinator on the same files, in one run.
//
//   pnpm bench:links            (from the repository root: builds, then runs)
//   node bench/src/links/bench.js [--only mixed,small,large,cache] [--small-runs 5] [--large-runs 3]
//
// What it measures and why is in bench/README.md, section "Link checking".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { bareParse, bareParseScript, benchRoot, globalLimit, hostLimit, linkinator, linkinatorCli, linkinatorOutcomes, linkinatorReferenceSettings, linkinatorSettings, measure, ourOutcomes, relativeToRepo, repoRoot, roadmapLint, useGnuTime } from './checkers.js'
import { startFarm } from './farm.js'
import { writeLibrary } from './library.js'
import { kindOf, numberOfPath, urlKinds, urlOf } from './plan.js'

/** What the issue asks (issue 5, "Speed"). */
const targets = { floorRatio: 1.25, linkinatorRatio: { small: 0.6, large: 0.3 }, peakMiB: 300 }

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
    out: { type: 'string', default: join(benchRoot, 'results/links.json') },
    help: { type: 'boolean', short: 'h' }
  }
})
if (values.help) {
  console.log(
    'Usage: node bench/src/links/bench.js [--only mixed,small,large,cache] [--small-files 200] [--small-urls 2000] [--small-runs 5]\n' +
      '       [--large-files 5000] [--large-urls 20000] [--large-runs 3] [--cache-library small|large] [--delay 50] [--port 0]\n' +
      '       [--lint-bin PATH] [--cpu-prof DIR] [--out FILE]\n' +
      '--cpu-prof DIR writes a V8 CPU profile of every roadmap-lint run on the healthy farm to DIR (summarise with bench/src/profile-summary.js).'
  )
  process.exit(0)
}
const parts = new Set(values.only.split(','))
for (const part of parts) {
  if (!['mixed', 'small', 'large', 'cache'].includes(part)) usage(`Unexpected --only part \`${part}\`, expected \`mixed\`, \`small\`, \`large\` or \`cache\``)
}
if (!['small', 'large'].includes(values['cache-library'])) usage(`Unexpected --cache-library \`${values['cache-library']}\`, expected \`small\` or \`large\``)
const delayMs = positiveInteger(values.delay, '--delay')
const lintBin = values['lint-bin']
if (!existsSync(lintBin)) usage(`Cannot find ${relativeToRepo(lintBin)}: build it first (\`pnpm bench:links\` from the root does).`)
if (!existsSync(linkinatorCli)) usage('Cannot find linkinator: run `pnpm install` first.')

const scratch = mkdtempSync(join(tmpdir(), 'roadmap-bench-links-'))
const loadBefore = loadavg()
const benchStarted = Date.now()
const farm = await startFarm({ delayMs, port: Number(values.port) })
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }))
console.log(`Link farm: ${farm.hosts.length} hosts (${farm.hosts[0]} … ${farm.hosts.at(-1)}) on port ${farm.port}, every response delayed ${delayMs} ms (pid ${farm.pid})`)

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
  measuredWith: useGnuTime ? 'GNU time (-f "%M %U %S"), wall time around the child process' : 'process.resourceUsage() in the child, wall time around the child process',
  farm: { hosts: farm.hosts, delayMs, port: farm.port },
  settings: {
    roadmapLint: `--allow-private-hosts --no-cache --host-concurrency ${hostLimit} --concurrency ${globalLimit} -f json (config: url-insecure off)`,
    linkinator: linkinatorSettings,
    linkinatorReference: linkinatorReferenceSettings,
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

try {
  if (parts.has('mixed')) results.mixed = await mixedFarm(libraries.small)
  for (const size of ['small', 'large']) {
    if (parts.has(size)) results[size] = await healthyFarm(libraries[size], size, positiveInteger(values[`${size}-runs`], `--${size}-runs`))
  }
  if (parts.has('cache')) results.cache = await warmCache(libraries[values['cache-library']], values['cache-library'])
} finally {
  await farm.stop()
}
results.loadAverage = { before: loadBefore.map(round3), after: loadavg().map(round3) }
results.totalSeconds = round3((Date.now() - benchStarted) / 1000)
results.targets = verdicts(results)
printTargets(results.targets)
mkdirSync(join(values.out, '..'), { recursive: true })
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\nWrote ${relative(process.cwd(), values.out)} (the whole run took ${results.totalSeconds.toFixed(0)} s)`)

/** The mixed farm: outcomes at every place, requests per URL, most requests in flight on one host. */
async function mixedFarm(library) {
  console.log(`\n## Mixed farm (90% ok; 404, 301 and 429 + Retry-After: 1), ${library.files} steps`)
  await farm.setMode('mixed')
  const runs = {}
  for (const command of [
    roadmapLint(library, { lintBin, mode: 'links', output: join(scratch, 'mixed-ours.json') }),
    linkinator(library, { output: join(scratch, 'mixed-linkinator.json') })
  ]) {
    await farm.reset()
    const sample = await measure(command, scratch)
    const stats = await farm.stats()
    const outcomes =
      command.name === 'linkinator' ? linkinatorOutcomes(library, command.output, urlOfPlace) : ourOutcomes(library, command.output)
    runs[command.name] = { sample, stats, outcomes }
    console.log(`${command.name.padEnd(12)} ${sample.seconds.toFixed(2).padStart(7)} s  cpu ${sample.cpuSeconds.toFixed(2)} s  ${sample.peakMiB.toFixed(0)} MiB  ${totalRequests(stats)} requests`)
  }
  const ours = runs['roadmap-lint']
  const theirs = runs.linkinator

  // Outcome at every place, by what the farm does with the URL.
  const expected = { ok: 'ok', 'not-found': 'broken', moved: 'redirected', 'rate-limited': 'ok' }
  const oursNames = ['ok', 'redirected', 'broken', 'unverifiable', 'unchecked']
  const theirNames = ['OK', 'BROKEN', 'SKIPPED', 'not reported']
  const byKind = {}
  for (const [index, place] of library.places.entries()) {
    const kind = kindOf(place.number)
    const row = (byKind[kind] ??= { urls: library.urlsPerKind[kind] ?? 0, places: 0, ours: {}, linkinator: {}, oursAsExpected: 0, both: { agree: 0, disagree: 0 } })
    row.places++
    const mine = ours.outcomes.outcomes[index]
    const their = theirs.outcomes.outcomes[index]
    row.ours[mine] = (row.ours[mine] ?? 0) + 1
    row.linkinator[their] = (row.linkinator[their] ?? 0) + 1
    if (mine === expected[kind]) row.oursAsExpected++
    if (their !== 'not reported') {
      const pass = mine === 'ok' || mine === 'redirected'
      row.both[pass === (their === 'OK') ? 'agree' : 'disagree']++
    }
  }
  console.log('\nOutcome at every place (ours beside linkinator)\n')
  table(
    ['farm answers', 'URLs', 'places', ...oursNames.map((name) => `ours: ${name}`), ...theirNames.map((name) => `linkinator: ${name}`), 'ours as expected', 'same verdict where both report'],
    urlKinds.filter((kind) => byKind[kind]).map((kind) => {
      const row = byKind[kind]
      return [
        describeKind(kind),
        row.urls,
        row.places,
        ...oursNames.map((name) => row.ours[name] ?? 0),
        ...theirNames.map((name) => row.linkinator[name] ?? 0),
        `${row.oursAsExpected}/${row.places} (${expected[kind]})`,
        `${row.both.agree}/${row.both.agree + row.both.disagree}`
      ]
    })
  )
  const requests = { ours: requestsPerUrl(ours.stats, library), linkinator: requestsPerUrl(theirs.stats, library) }
  console.log('\nRequests per unique URL (HEAD + GET; a redirect target counts for its source)\n')
  table(
    ['farm answers', 'URLs', 'ours', 'ours HEAD/GET', 'linkinator', 'linkinator HEAD/GET'],
    [...urlKinds.filter((kind) => requests.ours.byKind[kind]), 'all'].map((kind) => {
      const mine = kind === 'all' ? requests.ours.all : requests.ours.byKind[kind]
      const their = kind === 'all' ? requests.linkinator.all : requests.linkinator.byKind[kind]
      return [kind === 'all' ? 'all' : describeKind(kind), mine.urls, mine.perUrl.toFixed(2), `${mine.HEAD}/${mine.GET}`, their.perUrl.toFixed(2), `${their.HEAD}/${their.GET}`]
    })
  )
  const maxInFlight = { ours: maxOf(ours.stats.maxInFlight), linkinator: maxOf(theirs.stats.maxInFlight) }
  console.log(`\nMost requests in flight to one host: ours ${maxInFlight.ours} (limit ${hostLimit}), linkinator ${maxInFlight.linkinator} (--concurrency ${hostLimit}, its only limit)`)
  console.log(
    `Wall time on this farm: ours ${ours.sample.seconds.toFixed(1)} s, linkinator ${theirs.sample.seconds.toFixed(1)} s ` +
      '(not a target: our checker waits out every Retry-After and halves the host\'s concurrency at each 429; linkinator retries without slowing the host)'
  )
  return {
    library: library.files,
    outcomeByKind: byKind,
    oursOtherRules: ours.outcomes.otherRules,
    linkinatorResults: { external: theirs.outcomes.externalResults, pagesAndFolders: theirs.outcomes.otherResults },
    requestsPerUrl: requests,
    maxInFlightPerHost: { ...maxInFlight, limit: hostLimit, oursPerHost: ours.stats.maxInFlight, linkinatorPerHost: theirs.stats.maxInFlight },
    runs: Object.fromEntries(Object.entries(runs).map(([name, run]) => [name, sampleSummary(run.sample, run.stats)]))
  }
}

/** The healthy farm: wall time against the floor and against linkinator, median of `rounds`, order rotating. */
async function healthyFarm(library, size, rounds) {
  console.log(`\n## Healthy farm (no 429), ${library.files} steps, ${rounds} rounds`)
  await farm.setMode('healthy')
  const tools = [
    {
      key: 'roadmap-lint',
      command: (round) => ({
        ...roadmapLint(library, { lintBin, mode: 'links', output: join(scratch, `${size}-ours-${round}.json`) }),
        ...(values['cpu-prof'] ? { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] } : {})
      })
    },
    { key: 'linkinator', command: (round) => linkinator(library, { output: join(scratch, `${size}-linkinator-${round}.json`) }) },
    { key: 'offline', command: (round) => roadmapLint(library, { lintBin, mode: 'offline', output: join(scratch, `${size}-offline-${round}.json`) }) },
    {
      key: 'linkinator-no-per-host-limit',
      command: (round) => linkinator(library, { output: join(scratch, `${size}-linkinator-320-${round}.json`), perHost: false })
    }
  ]
  const samples = Object.fromEntries(tools.map((tool) => [tool.key, []]))
  const expected = { ok: 'ok', 'not-found': 'broken', moved: 'redirected', 'rate-limited': 'ok' }
  for (let round = 1; round <= rounds; round++) {
    // Rotate: ours, linkinator, offline / linkinator, offline, ours / …
    const order = tools.map((_, index) => tools[(index + round - 1) % tools.length])
    for (const tool of order) {
      const command = tool.command(round)
      await farm.reset()
      const sample = await measure(command, scratch)
      const stats = tool.key === 'offline' ? undefined : await farm.stats()
      const entry = { round, ...sampleSummary(sample, stats) }
      if (tool.key === 'roadmap-lint') {
        const { outcomes, otherRules } = ourOutcomes(library, command.output)
        entry.unexpectedOutcomes = outcomes.filter((outcome, index) => outcome !== expected[kindOf(library.places[index].number)]).length
        entry.otherProblems = otherRules
        entry.requestsPerUrl = requestsPerUrl(stats, library).all.perUrl
      } else if (tool.key === 'offline') {
        entry.problems = ourOutcomes(library, command.output).problems
      } else {
        entry.requestsPerUrl = requestsPerUrl(stats, library).all.perUrl
      }
      rmSync(command.output, { force: true })
      samples[tool.key].push(entry)
      console.log(
        `round ${round}/${rounds} ${tool.key.padEnd(13)} ${sample.seconds.toFixed(2).padStart(7)} s  cpu ${sample.cpuSeconds.toFixed(2).padStart(6)} s  ${sample.peakMiB.toFixed(0).padStart(4)} MiB` +
          (stats ? `  ${entry.requests} requests on ${entry.connections} connections, ≤ ${entry.maxInFlightPerHost} in flight per host${entry.linkPhaseSeconds !== undefined ? `, requests from ${entry.firstRequestAfterSeconds.toFixed(2)} s to ${(entry.firstRequestAfterSeconds + entry.linkPhaseSeconds).toFixed(2)} s` : ''}` : '') +
          (entry.unexpectedOutcomes ? `  (${entry.unexpectedOutcomes} unexpected outcomes)` : '') +
          (entry.problems ? `  (${entry.problems} structure problems: the library should be clean)` : '')
      )
    }
  }
  // One run of the bare parse, for reference (see checkers.js).
  const reference = existsSync(bareParseScript) ? sampleSummary(await measure(bareParse(library), scratch)) : undefined
  if (reference) console.log(`reference   bare parse    ${reference.seconds.toFixed(2).padStart(7)} s  cpu ${reference.cpuSeconds.toFixed(2).padStart(6)} s  ${reference.peakMiB.toFixed(0).padStart(4)} MiB`)
  const summary = Object.fromEntries(
    Object.entries(samples).map(([key, list]) => [
      key,
      { seconds: stats(list, 'seconds'), cpuSeconds: stats(list, 'cpuSeconds'), peakMiB: stats(list, 'peakMiB'), samples: list }
    ])
  )
  const linkSeconds = (Math.ceil(library.urlsOnBusiestHost / hostLimit) * delayMs) / 1000
  const floor = round3(linkSeconds + summary.offline.seconds.median)
  const ours = summary['roadmap-lint']
  const result = {
    library: library.files,
    rounds,
    floor: {
      seconds: floor,
      formula: `ceil(${library.urlsOnBusiestHost} URLs on the busiest host / ${hostLimit}) × ${delayMs} ms + offline median ${summary.offline.seconds.median.toFixed(3)} s`
    },
    ratioToFloor: round3(ours.seconds.median / floor),
    ratioToLinkinator: round3(ours.seconds.median / summary.linkinator.seconds.median),
    ratioToLinkinatorPerRound: round3(median(ours.samples.map((sample, index) => sample.seconds / summary.linkinator.samples[index].seconds))),
    ratioToLinkinatorWithoutPerHostLimit: round3(ours.seconds.median / summary['linkinator-no-per-host-limit'].seconds.median),
    tools: summary,
    bareParseReference: reference && { ...reference, what: 'bench/src/floor.js: read + unified/remark-parse/remark-frontmatter + yaml, no rules; one run' }
  }
  console.log('')
  table(
    ['tool', 'wall s, median (min–max)', 'CPU s', 'peak RSS MiB', 'requests / URL', 'max in flight / host'],
    Object.entries(summary).map(([key, tool]) => [
      { offline: 'roadmap-lint --offline', linkinator: `linkinator --concurrency ${hostLimit}`, 'linkinator-no-per-host-limit': `linkinator --concurrency ${globalLimit} (reference)` }[key] ?? key,
      `${tool.seconds.median.toFixed(2)} (${tool.seconds.min.toFixed(2)}–${tool.seconds.max.toFixed(2)})`,
      tool.cpuSeconds.median.toFixed(2),
      `${tool.peakMiB.median.toFixed(0)} (max ${tool.peakMiB.max.toFixed(0)})`,
      key === 'offline' ? '–' : median(tool.samples.map((sample) => sample.requestsPerUrl)).toFixed(2),
      key === 'offline' ? '–' : Math.max(...tool.samples.map((sample) => sample.maxInFlightPerHost))
    ])
  )
  if (reference) console.log(`| bare parse (reference, 1 run) | ${reference.seconds.toFixed(2)} | ${reference.cpuSeconds.toFixed(2)} | ${reference.peakMiB.toFixed(0)} | – | – |`)
  console.log(`\nfloor = ${result.floor.formula} = ${floor.toFixed(2)} s`)
  console.log(
    `roadmap-lint: ${result.ratioToFloor.toFixed(2)}× the floor (target ≤ ${targets.floorRatio}×), ${result.ratioToLinkinator.toFixed(2)}× linkinator at ${hostLimit} (target ≤ ${targets.linkinatorRatio[size]}×); ` +
      `${result.ratioToLinkinatorWithoutPerHostLimit.toFixed(2)}× linkinator at ${globalLimit}, without a per-host limit (reference)`
  )
  return result
}

/** Two runs with one cache file: the second may only ask for the URLs that failed. */
async function warmCache(library, size) {
  console.log(`\n## Warm cache, healthy farm, ${library.files} steps`)
  await farm.setMode('healthy')
  const cacheFile = join(scratch, 'links-cache.json')
  rmSync(cacheFile, { force: true })
  const runs = []
  for (const label of ['cold', 'warm']) {
    const command = roadmapLint(library, { lintBin, mode: 'links', cacheFile, output: join(scratch, `cache-${label}.json`) })
    await farm.reset()
    const sample = await measure(command, scratch)
    const stats = await farm.stats()
    const { outcomes } = ourOutcomes(library, command.output)
    runs.push({ label, sample, stats, outcomes, requests: requestsPerUrl(stats, library) })
    console.log(`${label} ${sample.seconds.toFixed(2).padStart(7)} s  cpu ${sample.cpuSeconds.toFixed(2)} s  ${sample.peakMiB.toFixed(0)} MiB  ${totalRequests(stats)} requests`)
  }
  const [cold, warm] = runs
  const failedKinds = new Set(urlKinds.filter((kind) => ['broken', 'unverifiable', 'unchecked'].includes(cold.outcomes[library.places.findIndex((place) => kindOf(place.number) === kind)])))
  const sameOutcomes = cold.outcomes.every((outcome, index) => outcome === warm.outcomes[index])
  console.log('')
  table(
    ['farm answers', 'URLs', 'cold run: outcome', 'cold requests', 'warm requests', 'warm URLs requested'],
    urlKinds
      .filter((kind) => cold.requests.byKind[kind])
      .map((kind) => [
        describeKind(kind, 'healthy'),
        library.urlsPerKind[kind],
        cold.outcomes[library.places.findIndex((place) => kindOf(place.number) === kind)],
        cold.requests.byKind[kind].requests,
        warm.requests.byKind[kind].requests,
        warm.requests.byKind[kind].urlsRequested
      ])
  )
  const healthyRequests = urlKinds.filter((kind) => !failedKinds.has(kind)).reduce((sum, kind) => sum + (warm.requests.byKind[kind]?.requests ?? 0), 0)
  const failedUrls = urlKinds.filter((kind) => failedKinds.has(kind)).reduce((sum, kind) => sum + (library.urlsPerKind[kind] ?? 0), 0)
  const failedRequested = urlKinds.filter((kind) => failedKinds.has(kind)).reduce((sum, kind) => sum + (warm.requests.byKind[kind]?.urlsRequested ?? 0), 0)
  console.log(`\nWarm run: ${healthyRequests} requests for healthy URLs (target 0); ${failedRequested} of ${failedUrls} failed URLs asked again; outcomes at every place ${sameOutcomes ? 'the same as' : 'DIFFERENT from'} the cold run`)
  return {
    library: library.files,
    size,
    healthyRequestsWhenWarm: healthyRequests,
    failedUrls,
    failedUrlsRequestedWhenWarm: failedRequested,
    sameOutcomes,
    runs: runs.map((run) => ({ label: run.label, ...sampleSummary(run.sample, run.stats), requestsByKind: run.requests.byKind }))
  }
}

function verdicts(all) {
  const list = []
  const add = (name, measured, target, pass) => list.push({ name, measured, target, pass })
  if (all.mixed) {
    add('mixed farm: most requests in flight to one host (ours)', all.mixed.maxInFlightPerHost.ours, `≤ ${hostLimit}`, all.mixed.maxInFlightPerHost.ours <= hostLimit)
    const ok = all.mixed.requestsPerUrl.ours.byKind.ok
    add('mixed farm: requests per healthy URL (ours)', round3(ok.perUrl), '1.00', ok.perUrl === 1)
    const expected = Object.values(all.mixed.outcomeByKind).reduce((sum, row) => sum + row.oursAsExpected, 0)
    const places = Object.values(all.mixed.outcomeByKind).reduce((sum, row) => sum + row.places, 0)
    add('mixed farm: our outcome as expected at every place', `${expected}/${places}`, `${places}/${places}`, expected === places)
  }
  for (const size of ['small', 'large']) {
    const result = all[size]
    if (!result) continue
    add(`${result.library} steps: wall time ÷ floor`, result.ratioToFloor, `≤ ${targets.floorRatio}`, result.ratioToFloor <= targets.floorRatio)
    add(`${result.library} steps: wall time ÷ linkinator's (both at ≤ ${hostLimit} per host)`, result.ratioToLinkinator, `≤ ${targets.linkinatorRatio[size]}`, result.ratioToLinkinator <= targets.linkinatorRatio[size])
    for (const key of ['roadmap-lint', 'linkinator']) {
      const inFlight = Math.max(...result.tools[key].samples.map((sample) => sample.maxInFlightPerHost))
      add(`${result.library} steps: most requests in flight to one host (${key})`, inFlight, `≤ ${hostLimit}`, inFlight <= hostLimit)
    }
  }
  if (all.large) {
    const peak = all.large.tools['roadmap-lint'].peakMiB.max
    add(`${all.large.library} steps: peak RSS of roadmap-lint (MiB, largest of the runs)`, peak, `< ${targets.peakMiB}`, peak < targets.peakMiB)
  }
  if (all.cache) {
    add('warm cache: requests for healthy URLs', all.cache.healthyRequestsWhenWarm, '0', all.cache.healthyRequestsWhenWarm === 0)
    add('warm cache: failed URLs asked again', `${all.cache.failedUrlsRequestedWhenWarm}/${all.cache.failedUrls}`, `${all.cache.failedUrls}/${all.cache.failedUrls}`, all.cache.failedUrlsRequestedWhenWarm === all.cache.failedUrls)
  }
  return list
}

function printTargets(list) {
  console.log('\n## Targets\n')
  table(['target', 'measured', 'wanted', 'verdict'], list.map((entry) => [entry.name, entry.measured, entry.target, entry.pass ? 'PASS' : 'FAIL']))
}

/** Requests at the farm per kind of URL: HEAD, GET, URLs asked, and requests per unique URL of the library. */
function requestsPerUrl(farmStats, library) {
  const byKind = {}
  const all = { urls: library.urls, HEAD: 0, GET: 0, other: 0, requests: 0, urlsRequested: 0 }
  const asked = new Set()
  for (const [path, counts] of Object.entries(farmStats.requests)) {
    const number = numberOfPath(path)
    if (number === undefined || number >= library.urls) continue
    const kind = kindOf(number)
    const row = (byKind[kind] ??= { urls: library.urlsPerKind[kind] ?? 0, HEAD: 0, GET: 0, other: 0, requests: 0, urlsRequested: 0 })
    for (const target of [row, all]) {
      target.HEAD += counts.HEAD
      target.GET += counts.GET
      target.other += counts.other
      target.requests += counts.HEAD + counts.GET + counts.other
    }
    if (!asked.has(number)) {
      asked.add(number)
      row.urlsRequested++
      all.urlsRequested++
    }
  }
  for (const kind of urlKinds) byKind[kind] ??= { urls: library.urlsPerKind[kind] ?? 0, HEAD: 0, GET: 0, other: 0, requests: 0, urlsRequested: 0 }
  for (const row of [...Object.values(byKind), all]) row.perUrl = row.urls ? row.requests / row.urls : 0
  return { byKind, all }
}

function sampleSummary(sample, farmStats) {
  const entry = { seconds: round3(sample.seconds), cpuSeconds: round3(sample.cpuSeconds), peakMiB: round3(sample.peakMiB), exitCode: sample.exitCode }
  if (farmStats) {
    entry.requests = totalRequests(farmStats)
    entry.maxInFlightPerHost = maxOf(farmStats.maxInFlight)
    entry.connections = farmStats.connections
    if (farmStats.firstRequestAt !== undefined) {
      // When the requests went out, relative to the process start: they should overlap the parsing.
      entry.firstRequestAfterSeconds = round3((farmStats.firstRequestAt - sample.startedAt) / 1000)
      entry.linkPhaseSeconds = round3((farmStats.lastResponseAt - farmStats.firstRequestAt) / 1000)
    }
  }
  return entry
}

function totalRequests(farmStats) {
  return Object.values(farmStats.requests).reduce((sum, counts) => sum + counts.HEAD + counts.GET + counts.other, 0)
}

function maxOf(perHost) {
  return Math.max(0, ...Object.values(perHost))
}

/** What the farm answers for a kind of URL; on the healthy farm a `rate-limited` URL answers 200 at once. */
function describeKind(kind, mode = 'mixed') {
  if (kind === 'rate-limited' && mode === 'healthy') return '200 (429 then 200 on the mixed farm)'
  return { ok: '200', 'not-found': '404', moved: '301 → 200', 'rate-limited': '429 then 200' }[kind]
}

function formatKinds(perKind) {
  return urlKinds.map((kind) => `${perKind[kind] ?? 0} ${describeKind(kind)}`).join(', ')
}

function table(header, rows) {
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function stats(samples, key) {
  const list = samples.map((sample) => sample[key])
  return { median: round3(median(list)), min: round3(Math.min(...list)), max: round3(Math.max(...list)) }
}

function round3(value) {
  return Math.round(value * 1000) / 1000
}

function positiveInteger(text, flag) {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) usage(`Unexpected ${flag} \`${text}\`, expected a positive integer`)
  return value
}

function usage(message) {
  console.error(message)
  process.exit(2)
}

function machine() {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${process.platform} ${release()}`
  }
}

function revision() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' })
  const status = spawnSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: repoRoot, encoding: 'utf8' })
  if (head.status !== 0) return undefined
  return { commit: head.stdout.trim(), packagesModified: status.stdout.trim() !== '' }
}
