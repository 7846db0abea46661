import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const repository = fileURLToPath(new URL('../../../../', import.meta.url))

/** A copy of the repository's content and configuration in a temporary folder, to plant mistakes in. */
export interface ContentCopy {
  root: string
  path(relative: string): string
  read(relative: string): Promise<string>
  write(relative: string, text: string): Promise<void>
  remove(): Promise<void>
}

/**
 * Copy `content/` (and the lint configuration, if any) to a temporary folder.
 *
 * @example
 *   const copy = await copyContent()
 */
export async function copyContent(): Promise<ContentCopy> {
  const root = await mkdtemp(join(tmpdir(), 'roadmap-ls-'))
  await cp(join(repository, 'content'), join(root, 'content'), { recursive: true })
  for (const name of ['roadmap-lint.config.json', 'roadmap-lint.config.js', 'roadmap-lint.config.mjs']) {
    await cp(join(repository, name), join(root, name)).catch(() => undefined)
  }
  return {
    root,
    path: (relative) => join(root, relative),
    read: (relative) => readFile(join(root, relative), 'utf8'),
    write: (relative, text) => writeFile(join(root, relative), text),
    remove: () => rm(root, { recursive: true, force: true })
  }
}

/** A problem as `roadmap-lint --format json` reports it. */
export interface CliProblem {
  file: string
  ruleId: string
  url: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  severity: 'error' | 'warning'
  message: string
}

/**
 * Run the real `roadmap-lint` on the copy (offline: no link checks) and return
 * its problems in one file, as its JSON formatter prints them.
 *
 * @example
 *   const problems = await lintWithCli(copy.root, 'content/backend/04-databases.md')
 */
export async function lintWithCli(root: string, relative: string, args: string[] = []): Promise<CliProblem[]> {
  const bin = join(dirname(createRequire(import.meta.url).resolve('@roadmap/lint/package.json')), 'bin/roadmap-lint.js')
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [bin, '--offline', '--no-content-cache', '--format', 'json', ...args, 'content'],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024
    }
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '[]' }))
  return (JSON.parse(stdout) as CliProblem[]).filter((problem) => problem.file === relative)
}
