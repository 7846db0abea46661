import { execFileSync } from 'node:child_process'

/**
 * Run git in `cwd` as a test user, with no system or user configuration (a
 * developer's own hooks, signing or templates never reach a test).
 *
 * @example
 *   git(root, 'init', '--quiet', '-b', 'main')
 */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' } }
  )
}
