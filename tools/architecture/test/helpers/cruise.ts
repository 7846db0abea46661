import { createRequire } from 'node:module'
import { join } from 'node:path'
import { cruise, type ICruiseOptions, type ICruiseResult, type IConfiguration } from 'dependency-cruiser'

export const repoRoot = join(import.meta.dirname, '..', '..', '..', '..')
export const config = createRequire(import.meta.url)(join(repoRoot, '.dependency-cruiser.cjs')) as IConfiguration

export interface CruiseOptions {
  /** The folder paths are relative to (the repository, or a copy of part of it). */
  cwd?: string
  /** Modules left out (a regular expression on their paths). */
  exclude?: string
  /** Leave out dynamic `import()`s: the graph of what loading a module loads. */
  staticOnly?: boolean
  /** Options of the repository's configuration to override. */
  options?: ICruiseOptions
}

/** The repository's rules (`.dependency-cruiser.cjs`) checked on the modules `paths` reach. */
export async function cruiseRepository(paths: string[], options: CruiseOptions = {}): Promise<ICruiseResult> {
  const previous = process.cwd()
  // dependency-cruiser matches rule paths against paths relative to the working directory.
  process.chdir(options.cwd ?? repoRoot)
  try {
    const { output } = await cruise(paths, {
      ...config.options,
      ...options.options,
      exclude: {
        path: options.exclude ?? '(^|/)(node_modules|dist)/',
        ...(options.staticOnly ? { dynamic: true } : {})
      },
      ruleSet: config,
      validate: true,
      outputType: 'json'
    })
    return (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult
  } finally {
    process.chdir(previous)
  }
}

/** Each rule broken, as `rule: from → to`, with the cycle for a cycle. */
export function violationsOf(result: ICruiseResult): string[] {
  return result.summary.violations.map(
    (violation) =>
      `${violation.rule.name}: ${violation.from} → ${violation.to}${violation.cycle ? ` (${violation.cycle.map((step) => step.name).join(' → ')})` : ''}`
  )
}
