import { RoadmapError } from '@roadmap/core'
import { UsageError } from '../errors.js'

/** What a CLI reads from and writes to, so tests can run it in-process. */
export interface CliIo {
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** The real process: its folder, environment and streams. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
  }
}

/**
 * Run a CLI body and turn what it throws into exit code 2: one of our errors
 * (a `ReleaseCheckError`, or the `GitError` and `UsageError` shared with
 * `@roadmap/lint`) prints its message (and its cause's), anything else its
 * stack, since that is a bug.
 */
export async function runCli(name: string, io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof RoadmapError) {
      const cause =
        error.cause instanceof Error && !(error instanceof UsageError)
          ? `\n  ${error.cause.message.split('\n')[0] ?? ''}`
          : ''
      io.stderr(`${name}: ${error.message}${cause}\n`)
    } else {
      io.stderr(`${name}: internal error\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    }
    return 2
  }
}

/**
 * A GitHub Actions workflow command (`::error::`) that shows `message` as an
 * annotation on the run, when running in GitHub Actions.
 */
export function githubAnnotation(
  io: CliIo,
  level: 'error' | 'warning' | 'notice',
  title: string,
  message: string
): void {
  if (io.env['GITHUB_ACTIONS'] !== 'true') return
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  io.stdout(`::${level} title=${escapeData(title).replace(/:/g, '%3A').replace(/,/g, '%2C')}::${escapeData(message)}\n`)
}
