import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { CliIo } from '../../src/cli/io.js'

/** A throwaway git repository under the system's temporary folder. */
export interface TestRepo {
  root: string
  git: (...args: string[]) => string
  write: (path: string, text: string) => void
  remove: (path: string) => void
  copy: (from: string, to: string) => void
  commit: (message: string) => void
  dispose: () => void
}

// A git hook that runs the tests (pre-push) sets these for its own
// repository; the checks under test would then read that one instead.
for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete process.env[name]

// Fixed identity and no user or system configuration, so the tests behave the
// same on every machine (no signing, hooks or templates from the developer).
const env: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

/**
 * Create a git repository on branch `main`.
 *
 * @example
 *   const repo = createRepo()
 *   repo.write('content/web/roadmap.md', text)
 *   repo.commit('Add the web roadmap')
 */
export function createRepo(): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'release-checks-test-'))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' })
  git('init', '--quiet', '--initial-branch=main')
  return {
    root,
    git,
    write(path, text) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    },
    remove(path) {
      rmSync(join(root, path), { recursive: true })
    },
    copy(from, to) {
      cpSync(from, join(root, to), { recursive: true })
    },
    commit(message) {
      git('add', '--all')
      git('commit', '--quiet', '--allow-empty', '-m', message)
    },
    dispose() {
      rmSync(root, { recursive: true, force: true })
    }
  }
}

/** A `CliIo` that records what a CLI prints. */
export function recordingIo(
  cwd: string,
  env: Record<string, string> = {}
): CliIo & { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    cwd,
    env,
    stdout: (text) => {
      out += text
    },
    stderr: (text) => {
      err += text
    },
    out: () => out,
    err: () => err
  }
}

/** The folder of a content fixture in `test/fixtures/compat`. */
export function compatFixture(name: string): string {
  return join(import.meta.dirname, '..', 'fixtures', 'compat', name, 'content')
}
