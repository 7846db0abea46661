import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Commands and files in the consumer project at `consumer`. */
export function consumerTools(consumer: string) {
  /** Run a command; on failure, throw with its output so the test report says why. */
  async function exec(command: string, args: string[], cwd = consumer): Promise<{ stdout: string; stderr: string }> {
    try {
      return await run(command, args, {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        shell: process.platform === 'win32'
      })
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
      throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error })
    }
  }

  /** Write files into the consumer, creating folders. */
  async function write(files: Record<string, string>): Promise<void> {
    for (const [name, contents] of Object.entries(files)) {
      await mkdir(dirname(join(consumer, name)), { recursive: true })
      await writeFile(join(consumer, name), contents)
    }
  }

  /** The consumer's own TypeScript compiler on one of its configs. */
  function tsc(project: string) {
    return exec(process.execPath, [join(consumer, 'node_modules/typescript/bin/tsc'), '-p', project])
  }

  return { exec, write, tsc }
}
