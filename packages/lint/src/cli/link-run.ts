import type { LinksConfig } from '@roadmap/links/config'
import {
  LinkCheckerThread,
  linkCheckerThreadAvailable,
  type LinkChecker,
  type LinkCheckerOptions
} from '@roadmap/links/thread'
import { createLinkChecks, type CheckerLinkChecks } from '../link-checks/link-checks.js'
import type { LinkFilter } from '../link-checks/new-links.js'
import type { CliArguments } from './args.js'
import type { CliIo } from './io.js'
import { linkCheckerOptions } from './link-options.js'
import { progressLine } from './progress-line.js'

/** The link checks of one CLI run, with what to print at the end and how to stop. */
export interface CliLinkChecks extends CheckerLinkChecks {
  /** Say once what the whole run should know: the network was down, the cache was bad, a header's variable was unset. */
  afterRun: () => void
  /** Stop checking (after the run, or when it failed): nothing left keeps the process alive. */
  stop: () => void
}

export type MakeLinkChecks = (
  flags: CliArguments['links'],
  config: LinksConfig | undefined,
  io: CliIo,
  configDirectory: string,
  include?: LinkFilter,
  configFile?: string
) => CliLinkChecks

/**
 * Start the link checker's thread now, so that it loads while the main
 * thread reads the configuration, and return what makes the link checks once
 * the configuration is known. The main thread never loads the checker itself
 * (`@roadmap/links/thread`), but when the build has no worker (the tests run
 * the TypeScript sources): then the checker runs on this thread.
 */
export async function prepareLinkChecks(): Promise<MakeLinkChecks> {
  const startChecker = linkCheckerThreadAvailable
    ? onThread(new LinkCheckerThread<string>())
    : onThisThread((await import('@roadmap/links')).createLinkChecker)
  return (flags, config, io, configDirectory, include, configFile) => {
    const options = linkCheckerOptions(flags, config, io.cwd, io.env, configDirectory, configFile)
    const progress = io.stderr.isTTY === true && !io.env.CI ? progressLine(io) : undefined
    if (progress) options.onProgress = progress.update
    const { checker, stop } = startChecker(options)
    const checks = createLinkChecks(checker, include)
    const afterRun = () => {
      progress?.clear()
      const report = checks.report()
      if (!report) return
      if (report.networkUnreachable) {
        const count = report.networkUnreachable.skipped
        io.stderr.write(`network unreachable: ${count} link${count === 1 ? '' : 's'} not checked; use --offline\n`)
      }
      if (report.cacheProblem) io.stderr.write(`${report.cacheProblem.message}\n`)
      if (report.githubApiStopped) {
        io.stderr.write(
          `GitHub's API was not asked for the rest of the run (${report.githubApiStopped}); those GitHub links were checked on the web.\n`
        )
      }
      for (const name of report.missingEnv) {
        io.stderr.write(`Environment variable ${name} is not set; the link headers that use it were not sent.\n`)
      }
    }
    return {
      ...checks,
      afterRun,
      stop: () => {
        progress?.clear()
        stop()
      }
    }
  }
}

type StartChecker = (options: LinkCheckerOptions<string>) => { checker: LinkChecker<string>; stop: () => void }

function onThread(thread: LinkCheckerThread<string>): StartChecker {
  return (options) => ({ checker: thread.start(options), stop: () => thread.stop() })
}

function onThisThread(createLinkChecker: typeof import('@roadmap/links').createLinkChecker): StartChecker {
  return (options) => {
    const run = new AbortController()
    return { checker: createLinkChecker({ ...options, signal: run.signal }), stop: () => run.abort() }
  }
}
