// The commands the link benchmark measures, how it measures one run, and how
// it reads each checker's output back into an outcome per place (file, line,
// column of a link).
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const benchRoot = fileURLToPath(new URL('../..', import.meta.url))
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
export const linkinatorCli = join(benchRoot, 'node_modules/linkinator/build/src/cli.js')
const farmDns = pathToFileURL(fileURLToPath(new URL('./farm-dns.js', import.meta.url))).href
const reportUsage = pathToFileURL(join(benchRoot, 'src/report-usage.js')).href
const gnuTime = '/usr/bin/time'
// ROADMAP_BENCH_NO_GNU_TIME=1 tries the fallback on a machine that has GNU time.
export const useGnuTime = existsSync(gnuTime) && !process.env.ROADMAP_BENCH_NO_GNU_TIME

/**
 * roadmap-lint runs at its defaults (issue 32): 4 requests per host
 * (`linkCheckerDefaults.hostConcurrency` of @roadmap/links), 128 in all.
 * `globalLimit` is linkinator's reference setting: as many requests in
 * flight as 20 hosts at 16 each.
 */
export const hostLimit = 4
export const globalLimit = 320

/** The rule each of our link outcomes is reported with; no message means `ok`. */
const outcomeOfRule = {
  'link-broken': 'broken',
  'link-unverifiable': 'unverifiable',
  'link-redirected': 'redirected',
  'link-unchecked': 'unchecked'
}

/**
 * `roadmap-lint` on a library: `links` checks every link against the farm at
 * its defaults (4 requests per host, 128 in all); `offline` is the
 * structure-only run of the same files.
 * `contentCache` names a content cache file to use (a re-run of unchanged
 * files); without it every run parses every file.
 */
export function roadmapLint(library, { lintBin, mode, cacheFile, contentCache, output }) {
  const network =
    mode === 'offline'
      ? ['--offline', '--no-content-cache']
      : [
          '--allow-private-hosts',
          ...(cacheFile ? ['--cache-file', cacheFile] : ['--no-cache']),
          // Every run does the whole job (the content cache would skip parsing from the second round on), unless asked.
          ...(contentCache ? ['--content-cache', contentCache] : ['--no-content-cache'])
        ]
  return {
    name: mode === 'offline' ? 'roadmap-lint --offline' : 'roadmap-lint',
    args: [lintBin, library.folder, '--config', library.configFile, '-f', 'json', '-o', output, ...network],
    cwd: repoRoot,
    okCodes: [0, 1],
    output
  }
}

/**
 * linkinator as its users run it on Markdown: a glob of every `.md` file
 * (expanded by linkinator under `--server-root`), `--markdown` to render each
 * file to HTML on its local web server, and `--recurse` (which changes nothing
 * here: steps do not link to each other, and links to other hosts are never
 * crawled). A folder as the path does not work with 6.x: its
 * `--directory-listing` page has no `Content-Type`, so linkinator does not
 * follow it and checks nothing. `--format json --verbosity info` only shapes
 * the report we read back.
 *
 * The settings compared: linkinator's defaults (a global `--concurrency` of
 * 100 and no per-host limit; a `429` is a failure), `--concurrency 320` (as
 * many requests as ours may have in flight in all), and `--retry` (which
 * waits out a `429`'s `Retry-After`, for the mixed farm).
 */
export const linkinatorSettings = {
  default: { label: 'linkinator (defaults)', args: [] },
  concurrency320: { label: `linkinator --concurrency ${globalLimit}`, args: ['--concurrency', String(globalLimit)] },
  retry: { label: 'linkinator --retry', args: ['--retry'] }
}

export function linkinator(library, { output, settings = 'default' }) {
  return {
    name: linkinatorSettings[settings].label,
    args: [
      linkinatorCli,
      '**/*.md',
      '--server-root',
      library.folder,
      '--markdown',
      '--recurse',
      ...linkinatorSettings[settings].args,
      '--format',
      'json',
      '--verbosity',
      'info'
    ],
    cwd: repoRoot,
    okCodes: [0, 1],
    output,
    stdoutToOutput: true
  }
}

/**
 * The bare parse of the same files (bench/src/floor.js of the structure
 * benchmark: read + unified/remark-parse/remark-frontmatter + yaml, no rules):
 * a reference for how fast any linter built on remark can be, not a target.
 */
export const bareParseScript = join(benchRoot, 'src/floor.js')
export function bareParse(library) {
  return { name: 'bare parse', args: [bareParseScript, library.folder], cwd: repoRoot, okCodes: [0] }
}

/** The command line of each linkinator run, for the results file. */
export const linkinatorCommandLines = Object.fromEntries(
  Object.keys(linkinatorSettings).map((settings) => [
    settings,
    linkinator({ folder: '<content>' }, { settings }).args.slice(1).join(' ')
  ])
)

/**
 * Run one command once with farm-dns.js preloaded: wall seconds (around the
 * child process), CPU seconds (user + system) and peak RSS (GNU time, or the
 * child's own `process.resourceUsage()` without it).
 */
export function measure(command, scratch) {
  const usageFile = join(scratch, 'usage.txt')
  rmSync(usageFile, { force: true })
  const node = [process.execPath, ...(command.nodeArgs ?? []), '--import', farmDns, ...command.args]
  const [file, args, env] = useGnuTime
    ? [gnuTime, ['-f', '%M %U %S', '-o', usageFile, ...node], process.env]
    : [
        process.execPath,
        ['--import', reportUsage, ...node.slice(1)],
        { ...process.env, ROADMAP_BENCH_USAGE: usageFile }
      ]
  return new Promise((resolvePromise, reject) => {
    const startedAt = Date.now()
    const started = performance.now()
    const child = spawn(file, args, {
      cwd: command.cwd,
      env,
      stdio: ['ignore', command.stdoutToOutput ? 'pipe' : 'ignore', 'pipe']
    })
    const stdoutDone = command.stdoutToOutput
      ? new Promise((done) => child.stdout.pipe(createWriteStream(command.output)).on('finish', done))
      : Promise.resolve()
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000)
    })
    child.on('error', reject)
    child.on('close', async (code) => {
      const seconds = (performance.now() - started) / 1000
      const endedAt = Date.now()
      await stdoutDone
      if (!command.okCodes.includes(code)) {
        reject(new Error(`${command.name} exited with ${code}:\n${stderr}`))
        return
      }
      const line = readFileSync(usageFile, 'utf8').trim().split('\n').at(-1)
      const [rssKiB, user, system] = line.split(' ').map(Number)
      resolvePromise({
        seconds,
        cpuSeconds: user + system,
        peakMiB: rssKiB / 1024,
        exitCode: code,
        startedAt,
        endedAt,
        stderr
      })
    })
  })
}

const placeKey = (file, line, column) => `${file}:${line}:${column}`

/** Our outcome at every place of the library: `ok` unless a link rule reported there. */
export function ourOutcomes(library, output, cwd = repoRoot) {
  const problems = JSON.parse(readFileSync(output, 'utf8'))
  const reported = new Map()
  const otherRules = new Map()
  for (const problem of problems) {
    const outcome = outcomeOfRule[problem.ruleId]
    if (!outcome) {
      otherRules.set(problem.ruleId, (otherRules.get(problem.ruleId) ?? 0) + 1)
      continue
    }
    reported.set(placeKey(resolve(cwd, problem.file), problem.line, problem.column), outcome)
  }
  const outcomes = library.places.map((place) => reported.get(placeKey(place.file, place.line, place.column)) ?? 'ok')
  return { outcomes, otherRules: Object.fromEntries(otherRules), problems: problems.length }
}

/**
 * linkinator's outcome at every place: `OK`, `BROKEN` or `SKIPPED` where it
 * reported the link, `not reported` elsewhere (it checks a URL once and
 * reports it for the first page it found it on only).
 */
export function linkinatorOutcomes(library, output, urlOfPlace) {
  const report = JSON.parse(readFileSync(output, 'utf8'))
  const byFileAndUrl = new Map()
  let external = 0
  let pages = 0
  for (const link of report.links) {
    if (!link.parent || !/\.linkfarm\.test[:/]/.test(link.url)) {
      pages++
      continue
    }
    external++
    // The page the link is on, as linkinator names it: relative to `--server-root` (or a URL of its local server).
    const file = join(
      library.folder,
      /^https?:/.test(link.parent) ? decodeURIComponent(new URL(link.parent).pathname) : link.parent
    )
    byFileAndUrl.set(`${file}\n${link.url}`, link.state)
  }
  const outcomes = library.places.map(
    (place) => byFileAndUrl.get(`${place.file}\n${urlOfPlace(place)}`) ?? 'not reported'
  )
  return { outcomes, externalResults: external, otherResults: pages, passed: report.passed }
}

export function relativeToRepo(path) {
  return relative(repoRoot, path) || '.'
}
