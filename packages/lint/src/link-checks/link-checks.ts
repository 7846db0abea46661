import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { report } from '@roadmap/core'
import type { CliIo } from './run.js'
import type { CliArguments } from './args.js'
import type { IndexedFile, LinkReference } from '../engine/content-index.js'
import type { LintExtension } from '../engine/lint.js'
import { UsageError } from '../errors.js'
import type { LinkChecker } from '../links/checker.js'
import type { LinksConfig } from '../links/config-schema.js'
import { ShardFormatError } from '../links/errors.js'
import { linkOptionsFromConfig, type LinkCheckerOptions } from '../links/options.js'
import { problemsAt } from '../links/problems.js'
import { renderProgressBar } from '../links/progress.js'
import { parseShard } from '../links/shard.js'
import type { LinkProblem, LinkReport } from '../links/types.js'
import { LinkPlaces, type LinkPlace } from './link-places.js'
import { WorkerLinkChecker } from './worker-link-checker.js'
import { destinationText } from '../fix/destination-text.js'

/** Where the link cache lives unless the config or `--cache-file` says otherwise. */
export const defaultCacheFile = '.roadmap-lint-cache.json'

/** The link checks of one CLI run: the extension, its replay after `--fix`, and what to say at the end. */
export interface LinkChecks {
  extension: LintExtension
  replay: () => LintExtension
  afterRun: () => void
  /** Stop checking (after the run, or when it failed): nothing left keeps the process alive. */
  stop: () => void
}

/** A started checker, and how to stop it whatever it is doing. */
type StartChecker = (options: LinkCheckerOptions) => { checker: LinkChecker; stop: () => void }

export type MakeLinkChecks = (flags: CliArguments['links'], config: LinksConfig | undefined, io: CliIo, configDirectory: string) => LinkChecks

const workerFile = new URL('./link-worker.js', import.meta.url)

/**
 * Start the link checker's thread now, so that it loads while the main
 * thread reads the configuration, and return what makes the link checks once
 * the configuration is known. The checker runs on this thread instead when
 * there is no compiled worker to start (the tests run the TypeScript sources).
 */
export async function prepareLinkChecks(): Promise<MakeLinkChecks> {
  let startChecker: StartChecker
  if (existsSync(workerFile)) {
    const thread = new WorkerLinkChecker(workerFile)
    startChecker = (options) => ({ checker: thread.start(options), stop: () => thread.stop() })
  } else {
    const { createLinkChecker } = await import('../links/checker.js')
    startChecker = (options) => {
      const run = new AbortController()
      return { checker: createLinkChecker({ ...options, signal: run.signal }), stop: () => run.abort() }
    }
  }
  return (flags, config, io, configDirectory) => createLinkChecks(startChecker, flags, config, io, configDirectory)
}

/**
 * The link checker as a lint extension: every external link of a selected
 * file is handed to the checker as soon as the file is parsed (once per URL;
 * the other places are kept in `LinkPlaces`), and the problems land at every
 * place when the run ends.
 */
function createLinkChecks(
  startChecker: StartChecker,
  flags: CliArguments['links'],
  config: LinksConfig | undefined,
  io: CliIo,
  configDirectory: string
): LinkChecks {
  const progress = io.stderr.isTTY === true && !io.env.CI ? progressLine(io) : undefined
  const { checker, stop } = startChecker(checkerOptions(flags, config, io, configDirectory, progress?.update))
  const places = new LinkPlaces()
  let linkReport: LinkReport | undefined

  const extension: LintExtension = {
    onFile: (entry) => {
      for (const link of entry.links) {
        if (!/^https?:/i.test(link.url)) continue
        const first = places.add(entry.path, link)
        if (first) checker.add(first)
      }
    },
    finish: async (index) => {
      linkReport = await checker.finish()
      progress?.clear()
      for (const result of linkReport.results) {
        for (const occurrence of result.occurrences) {
          for (const place of places.placesOf(occurrence.url)) {
            const entry = index.byPath.get(place.file)
            if (entry) for (const problem of problemsAt(result, place)) reportProblem(entry, problem)
          }
        }
      }
    }
  }

  // After `--fix` rewrote files, lint them again without new requests: each
  // link's result is looked up by URL at its new place.
  const replay = (): LintExtension => {
    const results = new Map((linkReport?.results ?? []).map((result) => [result.url, result]))
    return {
      onFile: (entry) => {
        for (const link of entry.links) {
          const result = results.get(normalize(link.url))
          if (!result) continue
          for (const problem of problemsAt(result, placeOf(entry, link))) reportProblem(entry, problem)
        }
      }
    }
  }

  const afterRun = () => {
    if (!linkReport) return
    if (linkReport.networkUnreachable) {
      const count = linkReport.networkUnreachable.unchecked
      io.stderr.write(`network unreachable: ${count} link${count === 1 ? '' : 's'} not checked; use --offline\n`)
    }
    if (linkReport.cacheProblem) io.stderr.write(`${linkReport.cacheProblem.message}\n`)
    for (const name of linkReport.missingEnv) {
      io.stderr.write(`Environment variable ${name} is not set; the link headers that use it were not sent.\n`)
    }
  }

  return { extension, replay, afterRun, stop }
}

function checkerOptions(
  flags: CliArguments['links'],
  config: LinksConfig | undefined,
  io: CliIo,
  configDirectory: string,
  onProgress: LinkCheckerOptions['onProgress']
): LinkCheckerOptions {
  const options = linkOptionsFromConfig(config ?? {})
  if (flags.concurrency !== undefined) options.concurrency = flags.concurrency
  if (flags.hostConcurrency !== undefined) options.hostConcurrency = flags.hostConcurrency
  if (flags.timeout !== undefined) options.requestTimeout = flags.timeout
  if (flags.allowPrivateHosts) options.allowPrivateHosts = true
  if (flags.checkFragments) options.checkFragments = true
  if (flags.noCache) delete options.cacheFile
  else if (flags.cacheFile !== undefined) options.cacheFile = resolve(io.cwd, flags.cacheFile)
  else options.cacheFile = resolve(configDirectory, options.cacheFile ?? defaultCacheFile)
  if (flags.shard !== undefined) {
    try {
      options.shard = parseShard(flags.shard)
    } catch (error) {
      if (error instanceof ShardFormatError) throw new UsageError(error.message, { cause: error })
      throw error
    }
  }
  options.env = io.env
  if (onProgress) options.onProgress = onProgress
  return options
}

function placeOf(entry: IndexedFile, link: LinkReference): LinkPlace {
  return {
    url: link.url,
    file: entry.path,
    line: link.position.start.line,
    column: link.position.start.column,
    endLine: link.position.end.line,
    endColumn: link.position.end.column,
    destinationStart: link.destination?.start ?? -1,
    destinationEnd: link.destination?.end ?? -1
  }
}

function reportProblem(entry: IndexedFile, problem: LinkProblem): void {
  const { line, column, endLine, endColumn } = problem.occurrence
  // Problems are made at our places, so their occurrences carry the destination.
  const { destinationStart: start, destinationEnd: end } = problem.occurrence as LinkPlace
  const fixable = problem.finalUrl !== undefined && start >= 0
  const message = report(entry.file, fixable ? `${problem.message} (fixable with --fix)` : problem.message, {
    ruleId: problem.ruleId,
    place: { start: { line, column }, end: { line: endLine, column: endColumn } },
    severity: problem.severity,
    source: 'roadmap-lint'
  })
  if (fixable && problem.finalUrl !== undefined) entry.fixes.set(message, [{ start, end, text: destinationText(problem.finalUrl) }])
}

function normalize(url: string): string {
  try {
    return new URL(url).href
  } catch {
    return url
  }
}

/** A progress bar redrawn in place on stderr, at most ten times a second. */
function progressLine(io: CliIo) {
  let last = 0
  let drawn = false
  return {
    update: ({ checked, total, startedAt }: { checked: number; total: number; startedAt: number }) => {
      const now = Date.now()
      if (now - last < 100 && checked < total) return
      last = now
      drawn = true
      io.stderr.write(`\r\u001b[2K${renderProgressBar({ checked, total, elapsedMs: now - startedAt })}`)
    },
    clear: () => {
      if (drawn) io.stderr.write('\r\u001b[2K')
    }
  }
}
