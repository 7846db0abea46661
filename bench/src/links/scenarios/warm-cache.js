// Two runs with one cache file: the second may only ask for the URLs that failed
// or were redirected (the cache keeps `ok` results only, issue 33).
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { table } from '../../report.js'
import { measure, ourOutcomes, roadmapLint } from '../checkers.js'
import { kindOf, urlKinds } from '../plan.js'
import { describeKind, requestsPerUrl, sampleSummary, totalRequests } from '../summary.js'

/**
 * `context`: `{ farm, scratch, lintBin, values, delayMs, targets, urlOfPlace }`
 * from bench.js: the running farm, a scratch folder, the CLI to run, the
 * command-line values, the farm's delay, the targets and a place's URL.
 */
/**
 * Two runs with one cache file: the second asks nothing of a URL that
 * answered `ok`, and asks again every URL that failed or was redirected
 * (since issue 33 the cache keeps `ok` results only, so a redirect `--fix`
 * may write is always one the run itself followed).
 */
export async function warmCache(context, library, size) {
  const { farm, scratch, lintBin } = context
  console.log(`\n## Warm cache, healthy farm, ${library.files} steps`)
  await farm.setMode('healthy')
  const cacheFile = join(scratch, 'links-cache.json')
  rmSync(cacheFile, { force: true })
  const runs = []
  for (const label of ['cold', 'warm']) {
    const command = roadmapLint(library, {
      lintBin,
      mode: 'links',
      cacheFile,
      output: join(scratch, `cache-${label}.json`)
    })
    await farm.reset()
    const sample = await measure(command, scratch)
    const stats = await farm.stats()
    const { outcomes } = ourOutcomes(library, command.output)
    runs.push({ label, sample, stats, outcomes, requests: requestsPerUrl(stats, library) })
    console.log(
      `${label} ${sample.seconds.toFixed(2).padStart(7)} s  cpu ${sample.cpuSeconds.toFixed(2)} s  ${sample.peakMiB.toFixed(0)} MiB  ${totalRequests(stats)} requests`
    )
  }
  const [cold, warm] = runs
  const coldOutcomeOf = (kind) => cold.outcomes[library.places.findIndex((place) => kindOf(place.number) === kind)]
  const failedKinds = new Set(
    urlKinds.filter((kind) => ['broken', 'unverifiable', 'unchecked'].includes(coldOutcomeOf(kind)))
  )
  const redirectedKinds = new Set(urlKinds.filter((kind) => coldOutcomeOf(kind) === 'redirected'))
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
  // Healthy: answered `ok` in the cold run, and so cached; no request is expected for them.
  const healthyRequests = urlKinds
    .filter((kind) => !failedKinds.has(kind) && !redirectedKinds.has(kind))
    .reduce((sum, kind) => sum + (warm.requests.byKind[kind]?.requests ?? 0), 0)
  const urlsOf = (kinds) => urlKinds.filter((kind) => kinds.has(kind))
  const countUrls = (kinds) => urlsOf(kinds).reduce((sum, kind) => sum + (library.urlsPerKind[kind] ?? 0), 0)
  const countAsked = (kinds) =>
    urlsOf(kinds).reduce((sum, kind) => sum + (warm.requests.byKind[kind]?.urlsRequested ?? 0), 0)
  const failedUrls = countUrls(failedKinds)
  const failedRequested = countAsked(failedKinds)
  const redirectedUrls = countUrls(redirectedKinds)
  const redirectedRequested = countAsked(redirectedKinds)
  console.log(
    `\nWarm run: ${healthyRequests} requests for healthy URLs (target 0); ${failedRequested} of ${failedUrls} failed URLs and ${redirectedRequested} of ${redirectedUrls} redirected URLs asked again; outcomes at every place ${sameOutcomes ? 'the same as' : 'DIFFERENT from'} the cold run`
  )
  return {
    library: library.files,
    size,
    healthyRequestsWhenWarm: healthyRequests,
    failedUrls,
    failedUrlsRequestedWhenWarm: failedRequested,
    redirectedUrls,
    redirectedUrlsRequestedWhenWarm: redirectedRequested,
    sameOutcomes,
    runs: runs.map((run) => ({
      label: run.label,
      ...sampleSummary(run.sample, run.stats),
      requestsByKind: run.requests.byKind
    }))
  }
}
