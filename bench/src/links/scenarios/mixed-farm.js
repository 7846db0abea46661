// The mixed farm: our outcome at every place beside linkinator's, requests per
// URL, and the most requests in flight on one host.
import { join } from 'node:path'
import { table } from '../../report.js'
import { hostLimit, linkinator, linkinatorOutcomes, measure, ourOutcomes, roadmapLint } from '../checkers.js'
import { kindOf, urlKinds } from '../plan.js'
import { describeKind, maxOf, requestsPerUrl, sampleSummary, totalRequests } from '../summary.js'

/**
 * The mixed farm: outcomes at every place, requests per URL, most requests in
 * flight on one host, and wall time beside linkinator at its defaults (and
 * with `--retry`, which waits out a 429 as ours does). `context`: `{ farm,
 * scratch, lintBin, targets, urlOfPlace }` from bench.js.
 */
export async function mixedFarm(context, library) {
  const { farm, scratch, lintBin, targets, urlOfPlace } = context
  console.log(`\n## Mixed farm (90% ok; 404, 301 and 429 + Retry-After: 1), ${library.files} steps`)
  await farm.setMode('mixed')
  const runs = {}
  const commands = {
    'roadmap-lint': roadmapLint(library, { lintBin, mode: 'links', output: join(scratch, 'mixed-ours.json') }),
    linkinator: linkinator(library, { output: join(scratch, 'mixed-linkinator.json') }),
    'linkinator-retry': linkinator(library, { output: join(scratch, 'mixed-linkinator-retry.json'), settings: 'retry' })
  }
  for (const [key, command] of Object.entries(commands)) {
    await farm.reset()
    const sample = await measure(command, scratch)
    const stats = await farm.stats()
    const outcomes =
      key === 'roadmap-lint'
        ? ourOutcomes(library, command.output)
        : linkinatorOutcomes(library, command.output, urlOfPlace)
    runs[key] = { sample, stats, outcomes }
    console.log(
      `${command.name.padEnd(24)} ${sample.seconds.toFixed(2).padStart(7)} s  cpu ${sample.cpuSeconds.toFixed(2)} s  ${sample.peakMiB.toFixed(0)} MiB  ${totalRequests(stats)} requests`
    )
  }
  const ours = runs['roadmap-lint']
  const theirs = runs.linkinator
  const retrying = runs['linkinator-retry']

  // Outcome at every place, by what the farm does with the URL.
  const expected = { ok: 'ok', 'not-found': 'broken', moved: 'redirected', 'rate-limited': 'ok' }
  const oursNames = ['ok', 'redirected', 'broken', 'unverifiable', 'unchecked']
  const theirNames = ['OK', 'BROKEN', 'SKIPPED', 'not reported']
  const byKind = {}
  for (const [index, place] of library.places.entries()) {
    const kind = kindOf(place.number)
    byKind[kind] ??= {
      urls: library.urlsPerKind[kind] ?? 0,
      places: 0,
      ours: {},
      linkinator: {},
      oursAsExpected: 0,
      both: { agree: 0, disagree: 0 }
    }
    const row = byKind[kind]
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
    [
      'farm answers',
      'URLs',
      'places',
      ...oursNames.map((name) => `ours: ${name}`),
      ...theirNames.map((name) => `linkinator: ${name}`),
      'ours as expected',
      'same verdict where both report'
    ],
    urlKinds
      .filter((kind) => byKind[kind])
      .map((kind) => {
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
      return [
        kind === 'all' ? 'all' : describeKind(kind),
        mine.urls,
        mine.perUrl.toFixed(2),
        `${mine.HEAD}/${mine.GET}`,
        their.perUrl.toFixed(2),
        `${their.HEAD}/${their.GET}`
      ]
    })
  )
  const maxInFlight = { ours: maxOf(ours.stats.maxInFlight), linkinator: maxOf(theirs.stats.maxInFlight) }
  console.log(
    `\nMost requests in flight to one host: ours ${maxInFlight.ours} (limit ${hostLimit}), linkinator ${maxInFlight.linkinator} (no per-host limit)`
  )
  const ratio = ours.sample.seconds / theirs.sample.seconds
  console.log(
    `Wall time: ours ${ours.sample.seconds.toFixed(1)} s, linkinator at its defaults ${theirs.sample.seconds.toFixed(1)} s (${ratio.toFixed(2)}×, target ≤ ${targets.mixedRatio}×), ` +
      `linkinator --retry ${retrying.sample.seconds.toFixed(1)} s`
  )
  return {
    library: library.files,
    outcomeByKind: byKind,
    oursOtherRules: ours.outcomes.otherRules,
    linkinatorResults: { external: theirs.outcomes.externalResults, pagesAndFolders: theirs.outcomes.otherResults },
    requestsPerUrl: requests,
    maxInFlightPerHost: {
      ...maxInFlight,
      limit: hostLimit,
      oursPerHost: ours.stats.maxInFlight,
      linkinatorPerHost: theirs.stats.maxInFlight
    },
    ratioToLinkinator: Math.round(ratio * 1000) / 1000,
    linkinatorRetryOutcomes: countBy(retrying.outcomes.outcomes),
    runs: Object.fromEntries(Object.entries(runs).map(([name, run]) => [name, sampleSummary(run.sample, run.stats)]))
  }
}

function countBy(values) {
  const counts = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
