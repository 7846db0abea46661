import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { findConfig } from '../config/find-config.js'
import { loadConfig } from '../config/load-config.js'
import { lint, type LintResult } from '../files/lint.js'
import type { FileCache } from '../cache/file-cache.js'
import { openFileCache } from '../cache/open-file-cache.js'
import { UsageError } from '../errors.js'
import { formatters } from '../formatters/index.js'
import { isInternalError } from '../rule/internal-error.js'
import { allRuleMeta } from '../rules/index.js'
import { linkFlags, parseCliArguments, type CliArguments } from './args.js'
import { changesSince } from '../git/changed-files.js'
import { linksNewIn } from '../link-checks/new-links.js'
import { useColor } from './color.js'
import { RoadmapError } from '@roadmap/errors'
import { helpText } from './help.js'
import type { CliIo } from './io.js'
import { linkCheckerOptions } from './link-options.js'
import { refuseTrackedCaches } from './tracked-caches.js'
import { terminalWidth } from './terminal-width.js'
import { version } from '../version.js'

/**
 * Run `roadmap-lint` and return its exit code: 0 no errors, 1 errors (or too
 * many warnings), 2 usage, configuration or internal error.
 */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  try {
    return await runOrThrow(argv, io)
  } catch (error) {
    // Every error core, lint and the link checker throw on purpose: a usage,
    // configuration or environment problem, said in one line.
    if (error instanceof RoadmapError) {
      io.stderr.write(`roadmap-lint: ${error.message}\n`)
      if (error instanceof UsageError) io.stderr.write('Run `roadmap-lint --help` for usage.\n')
      return 2
    }
    io.stderr.write(`roadmap-lint: internal error: ${(error as Error)?.message ?? String(error)}\n`)
    if (io.env.DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`)
    else io.stderr.write('This is a bug in roadmap-lint; please report it (set DEBUG=1 for the stack trace).\n')
    return 2
  }
}

async function runOrThrow(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const args = parseCliArguments(argv)
  if (args.help) {
    io.stdout.write(helpText)
    return 0
  }
  if (args.version) {
    io.stdout.write(`${version}\n`)
    return 0
  }

  for (const flag of args.deprecated)
    io.stderr.write(
      `roadmap-lint: \`${flag}\` is deprecated and has no effect: files are checked on one thread; remove the flag.\n`
    )
  // Links are checked on a thread of their own: start it before the configuration is read.
  // Loaded only when links are checked: --offline never loads undici.
  if (args.offline) warnIgnoredLinkFlags(argv, io)
  const makeLinkChecks = args.offline ? undefined : await (await import('./link-run.js')).prepareLinkChecks()
  const configFile = args.config ? resolve(io.cwd, args.config) : findConfig(io.cwd)
  const config = await loadConfig(configFile, { cwd: io.cwd })
  const paths = args.paths.length > 0 ? args.paths : ['content']

  const changes = args.changed === undefined ? undefined : await changesSince(args.changed, io.cwd)
  // `--changed` checks the links the change adds, not every link of the files it affects.
  const include = changes && makeLinkChecks ? await linksNewIn(changes) : undefined
  const configDirectory = configFile ? dirname(configFile) : io.cwd
  // Before either cache is read: one the repository holds is refused outright.
  const contentCacheFile = contentCachePath(args, configDirectory, io)
  await refuseTrackedCaches(
    [
      { path: contentCacheFile, name: 'content cache' },
      {
        path: makeLinkChecks
          ? linkCheckerOptions(args.links, config.links, io.cwd, io.env, configDirectory, configFile).cacheFile
          : undefined,
        name: 'link cache'
      }
    ],
    io.cwd
  )
  const links = makeLinkChecks?.(args.links, config.links, io, configDirectory, include, configFile)
  const cache = contentCacheFile === undefined ? undefined : openContentCache(contentCacheFile, configDirectory, io)
  let result: LintResult
  try {
    result = await lint({
      paths,
      cwd: io.cwd,
      config,
      fix: args.fix,
      ...(changes ? { changed: changes.files } : {}),
      ...(links ? { links } : {}),
      ...(cache ? { cache } : {})
    })
    const summary = result.fixed
    if (summary) {
      if (summary.files.length > 0) {
        io.stderr.write(
          `Fixed ${summary.fixed} problem${summary.fixed === 1 ? '' : 's'} in ${summary.files.length} file${summary.files.length === 1 ? '' : 's'}.\n`
        )
      }
      for (const path of summary.refused) {
        io.stderr.write(
          `Did not fix ${relative(io.cwd, path)}: the fixed text would have had more errors; fix it by hand.\n`
        )
      }
      for (const path of summary.changed) {
        io.stderr.write(`Did not fix ${relative(io.cwd, path)}: it changed while roadmap-lint ran; run --fix again.\n`)
      }
    }
    links?.afterRun()
    saveContentCache(cache, io)
  } finally {
    // Also when linting failed: a checker still running would keep the process alive.
    links?.stop()
    // After a failed run, what was written of the cache goes (after `save`, nothing is left to drop).
    cache?.discard()
  }

  // After `--fix`, what is left could not be fixed now: no count of fixable problems then.
  if (args.fix)
    for (const file of result.files) for (const message of file.messages) delete (message as { fix?: unknown }).fix
  const reports = result.files
  const color = args.output === undefined && useColor(args.color, io.stdout, io.env)
  const formatter = formatters[args.format as keyof typeof formatters]
  // Only SARIF carries each rule's docs page; the Markdown parser loads for it alone.
  const rules = args.format === 'sarif' ? await (await import('./rule-help.js')).withRuleHelp(allRuleMeta) : allRuleMeta
  const width = terminalWidth(args.output === undefined ? io.stdout : undefined, io.env)
  const output = formatter(reports, { color, rules, version, width })

  if (args.output) {
    const target = resolve(io.cwd, args.output)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, output)
  } else if (output) {
    io.stdout.write(output)
  }

  const messages = reports.flatMap((file) => file.messages)
  const errors = messages.filter((message) => message.fatal === true).length
  const warnings = messages.length - errors
  if (args.exitOnInternalError && messages.some(isInternalError)) return 2
  if (errors > 0) return 1
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr.write(`roadmap-lint found too many warnings (maximum: ${args.maxWarnings}).\n`)
    return 1
  }
  return 0
}

/** Where the content cache lives unless `--content-cache` says otherwise: beside the config file, or in the working directory. */
export const defaultContentCacheFile = '.roadmap-lint-content-cache'

/** Where this run's content cache is: none with `--fix` (it needs every file's text) or `--no-content-cache`. */
function contentCachePath(args: CliArguments, configDirectory: string, io: CliIo): string | undefined {
  if (args.fix || args.contentCache === false) return undefined
  return args.contentCache === undefined
    ? resolve(configDirectory, defaultContentCacheFile)
    : resolve(io.cwd, args.contentCache)
}

/** The content cache, for the content files under the config's folder (their paths are kept relative to it). */
function openContentCache(path: string, configDirectory: string, io: CliIo): FileCache {
  const { cache, warning } = openFileCache(path, { root: configDirectory })
  if (warning) io.stderr.write(`${warning}\n`)
  return cache
}

/** A cache that cannot be written costs the next run time, not this run its result: a warning. */
function saveContentCache(cache: FileCache | undefined, io: CliIo): void {
  try {
    cache?.save()
  } catch (error) {
    io.stderr.write(`roadmap-lint: cannot write the content cache: ${(error as Error).message}\n`)
  }
}

/** Link flags do nothing with `--offline`: say so rather than ignore them silently. */
function warnIgnoredLinkFlags(argv: ReadonlyArray<string>, io: CliIo): void {
  const ignored = linkFlags.filter((flag) =>
    argv.some((argument) => argument === flag || argument.startsWith(`${flag}=`))
  )
  if (ignored.length > 0)
    io.stderr.write(
      `roadmap-lint: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(ignored.map((flag) => `\`${flag}\``))} ${ignored.length === 1 ? 'has' : 'have'} no effect with \`--offline\`, which checks no links.\n`
    )
}
