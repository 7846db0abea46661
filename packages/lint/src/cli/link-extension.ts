import { resolve } from 'node:path'
import { report } from '@roadmap/core'
import type { CliIo } from './run.js'
import type { CliArguments } from './args.js'
import type { IndexedFile, LinkReference } from '../engine/content-index.js'
import type { LintExtension } from '../engine/lint.js'
import { UsageError } from '../errors.js'
import { createLinkChecker } from '../links/checker.js'
import type { LinksConfig } from '../links/config-schema.js'
import { ShardFormatError } from '../links/errors.js'
import { linkOptionsFromConfig, type LinkCheckerOptions } from '../links/options.js'
import { linkProblems, problemsAt } from '../links/problems.js'
import { renderProgressBar } from '../links/progress.js'
import { parseShard } from '../links/shard.js'
import type { LinkOccurrence, LinkProblem, LinkReport } from '../links/types.js'
import { detach } from '../util/detach.js'
import { destinationText } from '../fix/destination-text.js'

/** Where the link cache lives unless the config or `--cache-file` says otherwise. */
export const defaultCacheFile = '.roadmap-lint-cache.json'

/** A place a URL is used, with where its destination is written, so a redirect can be fixed. */
interface PlacedOccurrence extends LinkOccurrence {
  destination: LinkReference['destination']
}

/**
 * The link checker as a lint extension: every external link of a selected
 * file is handed to the checker as soon as the file is parsed, and the
 * problems land on the files when the run ends.
 */
export function createLinkExtension(
  flags: CliArguments['links'],
  config: LinksConfig | undefined,
  io: CliIo,
  configDirectory: string
): { extension: LintExtension; replay: () => LintExtension; afterRun: () => void } {
  const progress = io.stderr.isTTY === true && !io.env.CI ? progressLine(io) : undefined
  const checker = createLinkChecker(checkerOptions(flags, config, io, configDirectory, progress?.update))
  const occurrenceOf = occurrenceMaker()
  let linkReport: LinkReport | undefined

  const extension: LintExtension = {
    onFile: (entry) => {
      for (const link of entry.links) {
        if (/^https?:/i.test(link.url)) checker.add(occurrenceOf(entry, link))
      }
    },
    finish: async (index) => {
      linkReport = await checker.finish()
      progress?.clear()
      for (const problem of linkProblems(linkReport)) {
        const entry = index.byPath.get(problem.occurrence.file)
        if (entry) reportProblem(entry, problem)
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
          for (const problem of problemsAt(result, occurrenceOf(entry, link))) reportProblem(entry, problem)
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

  return { extension, replay, afterRun }
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

/**
 * Occurrences keep only numbers and shared strings: a URL cut from the source
 * would keep the file's whole text alive for the rest of the run, so each URL
 * is copied once and shared by all its places.
 */
function occurrenceMaker(): (entry: IndexedFile, link: LinkReference) => PlacedOccurrence {
  const urls = new Map<string, string>()
  return (entry, link) => {
    let url = urls.get(link.url)
    if (url === undefined) {
      url = detach(link.url)
      urls.set(url, url)
    }
    return {
      url,
      file: entry.path,
      line: link.position.start.line,
      column: link.position.start.column,
      endLine: link.position.end.line,
      endColumn: link.position.end.column,
      destination: link.destination
    }
  }
}

function reportProblem(entry: IndexedFile, problem: LinkProblem): void {
  const { line, column, endLine, endColumn } = problem.occurrence
  // The checker hands back the occurrences it was given: ours carry the destination.
  const destination = problem.finalUrl === undefined ? undefined : (problem.occurrence as PlacedOccurrence).destination
  const message = report(entry.file, destination ? `${problem.message} (fixable with --fix)` : problem.message, {
    ruleId: problem.ruleId,
    place: { start: { line, column }, end: { line: endLine, column: endColumn } },
    severity: problem.severity,
    source: 'roadmap-lint'
  })
  if (destination && problem.finalUrl !== undefined) entry.fixes.set(message, [{ ...destination, text: destinationText(problem.finalUrl) }])
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
