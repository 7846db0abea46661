import { execFile } from 'node:child_process'
import { PackConsumerError } from './errors.js'

export interface CommandResult {
  stdout: string
  stderr: string
}

/** Run a command to its end; a non-zero exit throws with the command's output, so a test report says why. */
export function runCommand(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' },
      (error, stdout, stderr) => {
        if (!error) resolve({ stdout, stderr })
        else {
          const message = `\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${stdout}\n${stderr}`.trimEnd()
          reject(new PackConsumerError('ERR_PACK_CONSUMER_COMMAND', message, { cause: error }))
        }
      }
    )
  })
}
