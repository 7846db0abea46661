import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export const repoRoot = join(import.meta.dirname, '..', '..', '..', '..')

/** The packages published to npm, by their folder under `packages/`. */
export const publishedPackages = ['errors', 'core', 'links', 'lint'] as const
export type PackageName = (typeof publishedPackages)[number]

export interface Packed {
  files: string[]
  /** The package.json as published (`workspace:` ranges replaced). */
  manifest: {
    version: string
    dependencies?: Record<string, string>
    bin?: Record<string, string>
  }
}

/** What the global setup installed, for every test file. */
export interface Installed {
  directory: string
  packed: Record<PackageName, Packed>
}

// Children get a fixed environment: no colors, and no `FORCE_COLOR` or
// `DEBUG` from the developer's shell or from vitest.
export const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
delete childEnv['FORCE_COLOR']
delete childEnv['DEBUG']

// `require()` of an ES module works without a flag from Node 20.19 and 22.12.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
export const nodeRequiresEsm = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19)

export interface Result {
  code: number
  stdout: string
  stderr: string
}

/** Run a command to its end; never throws for a non-zero exit code. */
export function spawn(command: string, args: string[], cwd: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, shell: process.platform === 'win32' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
      }
    )
  })
}

/** Run a command; on failure, throw with its output so the test report says why. */
export async function exec(command: string, args: string[], cwd: string): Promise<Result> {
  const result = await spawn(command, args, cwd)
  if (result.code !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` exited ${result.code} in ${cwd}:\n${result.stdout}\n${result.stderr}`
    )
  }
  return result
}

/** Write files into `base` (the consumer project), creating folders. */
export async function write(base: string, files: Record<string, string>): Promise<void> {
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(dirname(join(base, name)), { recursive: true })
    await writeFile(join(base, name), contents)
  }
}

/** Run a script with Node in the consumer; throws when it fails. */
export function node(consumer: string, file: string): Promise<Result> {
  return exec(process.execPath, [file], consumer)
}

/** The consumer's own TypeScript compiler on one of its configs. */
export function tsc(consumer: string, project: string): Promise<Result> {
  return spawn(process.execPath, [join(consumer, 'node_modules/typescript/bin/tsc'), '-p', project], consumer)
}
