// The healthy farm: wall time against the floor and against linkinator.
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { median, round3, stats, table } from '../../report.js'
import {
  bareParse,
  bareParseScript,
  globalLimit,
  hostLimit,
  linkinator,
  measure,
  ourOutcomes,
  roadmapLint
} from '../checkers.js'
import { kindOf } from '../plan.js'
import { requestsPerUrl, sampleSummary } from '../summary.js'

/**
 * `context`: `{ farm, scratch, lintBin, values, delayMs, targets, urlOfPlace }`
 * from bench.js: the running farm, a scratch folder, the CLI to run, the
 * command-line values, the farm's delay, the targets and a place's URL.
 */
/** The healthy farm: wall time against the floor and against linkinator, median of `rounds`, order rotating. */
export async function healthyFarm(context, library, size, rounds) {
  const { farm, scratch, lintBin, values, delayMs, targets } = context
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
    {
      // A re-run of the unchanged library: the content cache (on by default, kept by the CI workflow) answers the structure; every link is still asked.
      key: 'content-cache',
      command: (round) =>
        roadmapLint(library, {
          lintBin,
          mode: 'links',
          contentCache,
          output: join(scratch, `${size}-content-cache-${round}.json`)
        })
    },
    {
      key: 'linkinator',
      command: (round) => linkinator(library, { output: join(scratch, `${size}-linkinator-${round}.json`) })
    },
    {
      key: 'offline',
      command: (round) =>
        roadmapLint(library, { lintBin, mode: 'offline', output: join(scratch, `${size}-offline-${round}.json`) })
    },
    {
      key: 'linkinator-320',
      command: (round) =>
        linkinator(library, {
          output: join(scratch, `${size}-linkinator-320-${round}.json`),
          settings: 'concurrency320'
        })
    },
    ...(values.compare
      ? [
          {
            key: 'compare',
            command: (round) =>
              roadmapLint(library, {
                lintBin: values.compare,
                mode: 'links',
                output: join(scratch, `${size}-compare-${round}.json`)
              })
          }
        ]
      : [])
  ]
  // Filled by one run before the rounds, then only read: nothing changes between runs.
  const contentCache = join(scratch, `${size}-content-cache`)
  rmSync(contentCache, { force: true })
  await farm.reset()
  await measure(
    roadmapLint(library, {
      lintBin,
      mode: 'links',
      contentCache,
      output: join(scratch, `${size}-content-cache-fill.json`)
    }),
    scratch
  )
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
      if (tool.key === 'roadmap-lint' || tool.key === 'content-cache' || tool.key === 'compare') {
        const { outcomes, otherRules } = ourOutcomes(library, command.output)
        entry.unexpectedOutcomes = outcomes.filter(
          (outcome, index) => outcome !== expected[kindOf(library.places[index].number)]
        ).length
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
          (stats
            ? `  ${entry.requests} requests on ${entry.connections} connections, ≤ ${entry.maxInFlightPerHost} in flight per host${entry.linkPhaseSeconds !== undefined ? `, requests from ${entry.firstRequestAfterSeconds.toFixed(2)} s to ${(entry.firstRequestAfterSeconds + entry.linkPhaseSeconds).toFixed(2)} s` : ''}`
            : '') +
          (entry.unexpectedOutcomes ? `  (${entry.unexpectedOutcomes} unexpected outcomes)` : '') +
          (entry.problems ? `  (${entry.problems} structure problems: the library should be clean)` : '')
      )
    }
  }
  // One run of the bare parse, for reference (see checkers.js).
  const reference = existsSync(bareParseScript) ? sampleSummary(await measure(bareParse(library), scratch)) : undefined
  if (reference)
    console.log(
      `reference   bare parse    ${reference.seconds.toFixed(2).padStart(7)} s  cpu ${reference.cpuSeconds.toFixed(2).padStart(6)} s  ${reference.peakMiB.toFixed(0).padStart(4)} MiB`
    )
  const summary = Object.fromEntries(
    Object.entries(samples).map(([key, list]) => [
      key,
      {
        seconds: stats(list, 'seconds'),
        cpuSeconds: stats(list, 'cpuSeconds'),
        peakMiB: stats(list, 'peakMiB'),
        samples: list
      }
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
    ratioToLinkinator320: round3(ours.seconds.median / summary['linkinator-320'].seconds.median),
    ratioToLinkinator320PerRound: round3(
      median(ours.samples.map((sample, index) => sample.seconds / summary['linkinator-320'].samples[index].seconds))
    ),
    ratioToLinkinatorDefaults: round3(ours.seconds.median / summary.linkinator.seconds.median),
    contentCacheRatioToLinkinator320: round3(
      summary['content-cache'].seconds.median / summary['linkinator-320'].seconds.median
    ),
    ...(summary.compare
      ? { ratioToCompare: round3(ours.seconds.median / summary.compare.seconds.median), compareBin: values.compare }
      : {}),
    tools: summary,
    bareParseReference: reference && {
      ...reference,
      what: 'bench/src/floor.js: read + unified/remark-parse/remark-frontmatter + yaml, no rules; one run'
    }
  }
  console.log('')
  table(
    ['tool', 'wall s, median (min–max)', 'CPU s', 'peak RSS MiB', 'requests / URL', 'max in flight / host'],
    Object.entries(summary).map(([key, tool]) => [
      {
        offline: 'roadmap-lint --offline',
        'content-cache': 'roadmap-lint, content cache warm',
        linkinator: 'linkinator (defaults)',
        'linkinator-320': `linkinator --concurrency ${globalLimit}`,
        compare: 'roadmap-lint (--compare build)'
      }[key] ?? key,
      `${tool.seconds.median.toFixed(2)} (${tool.seconds.min.toFixed(2)}–${tool.seconds.max.toFixed(2)})`,
      tool.cpuSeconds.median.toFixed(2),
      `${tool.peakMiB.median.toFixed(0)} (max ${tool.peakMiB.max.toFixed(0)})`,
      key === 'offline' ? '–' : median(tool.samples.map((sample) => sample.requestsPerUrl)).toFixed(2),
      key === 'offline' ? '–' : Math.max(...tool.samples.map((sample) => sample.maxInFlightPerHost))
    ])
  )
  if (reference)
    console.log(
      `| bare parse (reference, 1 run) | ${reference.seconds.toFixed(2)} | ${reference.cpuSeconds.toFixed(2)} | ${reference.peakMiB.toFixed(0)} | – | – |`
    )
  console.log(`\nfloor = ${result.floor.formula} = ${floor.toFixed(2)} s`)
  console.log(
    `roadmap-lint (≤ ${hostLimit} per host): ${result.ratioToFloor.toFixed(2)}× the floor (target ≤ ${targets.floorRatio}×), ` +
      `${result.ratioToLinkinatorDefaults.toFixed(2)}× linkinator at its defaults (target ≤ ${targets.linkinatorRatio[size]}×), ` +
      `${result.ratioToLinkinator320.toFixed(2)}× linkinator at --concurrency ${globalLimit}; ` +
      `with the content cache warm ${result.contentCacheRatioToLinkinator320.toFixed(2)}× linkinator at --concurrency ${globalLimit}`
  )
  return result
}
