import { spawn } from 'node:child_process'
import { GitError } from '../errors.js'

export interface RunGitOptions {
  /** The folder git runs in. */
  cwd: string
  /** Text or bytes written to git's standard input. */
  input?: string | Buffer
}

/**
 * Run git and resolve with its standard output as bytes. Rejects with a
 * `GitError` that carries git's own message when git exits non-zero.
 */
export function runGitBuffer(args: readonly string[], options: RunGitOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (cause) => reject(new GitError(`Cannot run \`git\`: is it installed?`, { cause })))
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(stdout))
      const message = Buffer.concat(stderr).toString('utf8').trim()
      reject(new GitError(`\`git ${args.join(' ')}\` failed: ${message || `exit code ${code}`}`))
    })
    child.stdin.on('error', () => {}) // git may exit before reading all input; `close` reports it.
    child.stdin.end(options.input ?? '')
  })
}

/** Run git and resolve with its standard output as text. */
export async function runGit(args: readonly string[], options: RunGitOptions): Promise<string> {
  return (await runGitBuffer(args, options)).toString('utf8')
}

/** Split NUL-separated git output (`-z`) into its entries. */
export function splitNul(output: string): string[] {
  return output.split('\0').filter((entry) => entry !== '')
}
