import { headerVariables, type LinksConfig } from '@roadmap/links/config'
import { pathInside } from '../config/path-inside.js'

/** The environment variable that allows variables as `--allow-env` does: `NAME,NAME`. */
export const allowEnvVariable = 'ROADMAP_LINT_ALLOW_ENV'

/**
 * The environment variables the person running the CLI lets the
 * configuration's headers read: each `--allow-env NAME`, and the names in
 * `ROADMAP_LINT_ALLOW_ENV` (separated by commas or spaces).
 */
export function allowedVariables(
  flags: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>>
): Set<string> {
  const listed = (env[allowEnvVariable] ?? '').split(/[\s,]+/).filter((name) => name !== '')
  return new Set([...flags, ...listed])
}

/**
 * Where the `links` section of a configuration file (data from the
 * repository) reaches past what it may: a header reading an environment
 * variable the person running the check did not allow, a `cacheFile`
 * outside the configuration file's folder. One line per refusal, naming its
 * key (`links.cacheFile: …`), as config errors are written.
 */
export function linkConfigRefusals(
  config: LinksConfig,
  allowed: ReadonlySet<string>,
  configDirectory: string
): { lines: string[]; cacheFile?: string } {
  const lines: string[] = []
  for (const { path, variable } of headerVariables(config)) {
    if (allowed.has(variable)) continue
    const host = /^hosts\[("(?:[^"\\]|\\.)*")\]/.exec(path)?.[1]
    lines.push(
      `  links.${path}: Unexpected environment variable \`${variable}\`: a configuration file may only read the variables the person running the check allows; run with \`--allow-env ${variable}\` (or \`${allowEnvVariable}=${variable}\`) to send it to \`${host ? JSON.parse(host) : 'the host'}\` over https`
    )
  }
  if (config.cacheFile === undefined) return { lines }
  const inside = pathInside(configDirectory, config.cacheFile)
  if ('problem' in inside) {
    lines.push(`  links.cacheFile: ${inside.problem}; use \`--cache-file\` to keep the cache elsewhere`)
    return { lines }
  }
  return { lines, cacheFile: inside.path }
}
