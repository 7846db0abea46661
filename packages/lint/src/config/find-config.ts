import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Config file names, in the order they are looked for. */
export const configFileNames = [
  'roadmap-lint.config.json',
  'roadmap-lint.config.js',
  'roadmap-lint.config.mjs',
  'roadmap-lint.config.ts',
  'roadmap-lint.config.mts'
] as const

/**
 * The nearest config file, looking in `cwd` and then its parents up to the
 * repository root (the first folder with `.git`).
 */
export function findConfig(cwd: string): string | undefined {
  let directory = cwd
  for (;;) {
    for (const name of configFileNames) {
      const candidate = join(directory, name)
      if (existsSync(candidate)) return candidate
    }
    const parent = dirname(directory)
    if (existsSync(join(directory, '.git')) || parent === directory) return undefined
    directory = parent
  }
}
