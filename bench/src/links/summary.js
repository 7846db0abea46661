// The link benchmark's summaries: requests per URL, per-sample figures, and
// the verdict on each target.
import { table, round3 } from '../report.js'
import { hostLimit } from './checkers.js'
import { kindOf, numberOfPath, urlKinds } from './plan.js'

export function verdicts(all, targets) {
  const list = []
  const add = (name, measured, target, pass) => list.push({ name, measured, target, pass })
  if (all.mixed) {
    add(
      'mixed farm: most requests in flight to one host (ours)',
      all.mixed.maxInFlightPerHost.ours,
      `≤ ${hostLimit}`,
      all.mixed.maxInFlightPerHost.ours <= hostLimit
    )
    const ok = all.mixed.requestsPerUrl.ours.byKind.ok
    add('mixed farm: requests per healthy URL (ours)', round3(ok.perUrl), '1.00', ok.perUrl === 1)
    const limited = all.mixed.requestsPerUrl.ours.byKind['rate-limited']
    if (limited)
      add(
        'mixed farm: requests per 429-then-200 URL (ours: one, and one after the wait)',
        round3(limited.perUrl),
        '2.00',
        limited.perUrl === 2
      )
    const expected = Object.values(all.mixed.outcomeByKind).reduce((sum, row) => sum + row.oursAsExpected, 0)
    const places = Object.values(all.mixed.outcomeByKind).reduce((sum, row) => sum + row.places, 0)
    add(
      'mixed farm: our outcome as expected at every place (429-then-200 places ok)',
      `${expected}/${places}`,
      `${places}/${places}`,
      expected === places
    )
    add(
      "mixed farm: wall time ÷ linkinator's at its defaults",
      all.mixed.ratioToLinkinator,
      `≤ ${targets.mixedRatio}`,
      all.mixed.ratioToLinkinator <= targets.mixedRatio
    )
  }
  for (const size of ['small', 'large']) {
    const result = all[size]
    if (!result) continue
    add(
      `${result.library} steps: wall time ÷ floor`,
      result.ratioToFloor,
      `≤ ${targets.floorRatio}`,
      result.ratioToFloor <= targets.floorRatio
    )
    add(
      `${result.library} steps: wall time ÷ linkinator's, both at their defaults (ours ≤ ${hostLimit} per host)`,
      result.ratioToLinkinatorDefaults,
      `≤ ${targets.linkinatorRatio[size]}`,
      result.ratioToLinkinatorDefaults <= targets.linkinatorRatio[size]
    )
    const inFlight = Math.max(...result.tools['roadmap-lint'].samples.map((sample) => sample.maxInFlightPerHost))
    add(
      `${result.library} steps: most requests in flight to one host (roadmap-lint)`,
      inFlight,
      `≤ ${hostLimit}`,
      inFlight <= hostLimit
    )
  }
  if (all.large) {
    const peak = all.large.tools['roadmap-lint'].peakMiB.max
    add(
      `${all.large.library} steps: peak RSS of roadmap-lint (MiB, largest of the runs)`,
      peak,
      `< ${targets.peakMiB}`,
      peak < targets.peakMiB
    )
  }
  if (all.cache) {
    add(
      'warm cache: requests for healthy URLs (answered `ok`, not redirected)',
      all.cache.healthyRequestsWhenWarm,
      '0',
      all.cache.healthyRequestsWhenWarm === 0
    )
    add(
      'warm cache: failed URLs asked again',
      `${all.cache.failedUrlsRequestedWhenWarm}/${all.cache.failedUrls}`,
      `${all.cache.failedUrls}/${all.cache.failedUrls}`,
      all.cache.failedUrlsRequestedWhenWarm === all.cache.failedUrls
    )
    // Only `ok` results are cached (issue 33): a redirect is asked again, so that `--fix` writes only one this run followed.
    if (all.cache.redirectedUrls !== undefined)
      add(
        'warm cache: redirected URLs asked again',
        `${all.cache.redirectedUrlsRequestedWhenWarm}/${all.cache.redirectedUrls}`,
        `${all.cache.redirectedUrls}/${all.cache.redirectedUrls}`,
        all.cache.redirectedUrlsRequestedWhenWarm === all.cache.redirectedUrls
      )
  }
  return list
}

export function printTargets(list) {
  console.log('\n## Targets\n')
  table(
    ['target', 'measured', 'wanted', 'verdict'],
    list.map((entry) => [entry.name, entry.measured, entry.target, entry.pass ? 'PASS' : 'FAIL'])
  )
}

/** Requests at the farm per kind of URL: HEAD, GET, URLs asked, and requests per unique URL of the library. */
export function requestsPerUrl(farmStats, library) {
  const byKind = {}
  const all = { urls: library.urls, HEAD: 0, GET: 0, other: 0, requests: 0, urlsRequested: 0 }
  const asked = new Set()
  for (const [path, counts] of Object.entries(farmStats.requests)) {
    const number = numberOfPath(path)
    if (number === undefined || number >= library.urls) continue
    const kind = kindOf(number)
    byKind[kind] ??= {
      urls: library.urlsPerKind[kind] ?? 0,
      HEAD: 0,
      GET: 0,
      other: 0,
      requests: 0,
      urlsRequested: 0
    }
    const row = byKind[kind]
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
  for (const kind of urlKinds)
    byKind[kind] ??= { urls: library.urlsPerKind[kind] ?? 0, HEAD: 0, GET: 0, other: 0, requests: 0, urlsRequested: 0 }
  for (const row of [...Object.values(byKind), all]) row.perUrl = row.urls ? row.requests / row.urls : 0
  return { byKind, all }
}

export function sampleSummary(sample, farmStats) {
  const entry = {
    seconds: round3(sample.seconds),
    cpuSeconds: round3(sample.cpuSeconds),
    peakMiB: round3(sample.peakMiB),
    exitCode: sample.exitCode
  }
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

export function totalRequests(farmStats) {
  return Object.values(farmStats.requests).reduce((sum, counts) => sum + counts.HEAD + counts.GET + counts.other, 0)
}

export function maxOf(perHost) {
  return Math.max(0, ...Object.values(perHost))
}

/** What the farm answers for a kind of URL; on the healthy farm a `rate-limited` URL answers 200 at once. */
export function describeKind(kind, mode = 'mixed') {
  if (kind === 'rate-limited' && mode === 'healthy') return '200 (429 then 200 on the mixed farm)'
  return { ok: '200', 'not-found': '404', moved: '301 → 200', 'rate-limited': '429 then 200' }[kind]
}

export function formatKinds(perKind) {
  return urlKinds.map((kind) => `${perKind[kind] ?? 0} ${describeKind(kind)}`).join(', ')
}
