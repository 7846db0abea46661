import { relative, resolve } from 'node:path'
import { linkOptionsFromConfig, parseShard, ShardFormatError, type LinksConfig } from '@roadmap/links/config'
import type { LinkCheckerOptions } from '@roadmap/links/thread'
import { ConfigError, UsageError } from '../errors.js'
import type { CliArguments } from './args.js'
import { allowedVariables, linkConfigRefusals } from './link-config-refusals.js'

/** Where the link cache lives unless the config or `--cache-file` says otherwise. */
export const defaultCacheFile = '.roadmap-lint-cache.json'

/**
 * The link checker's options: the `links` section of the configuration, with
 * the command line's flags over it. The configuration is data from the
 * repository, not the user's word: its `cacheFile` must stay inside its
 * folder, its headers get only the environment variables the user allows
 * (`--allow-env`), and private addresses are the command line's choice
 * alone (`--allow-private-hosts`; the schema refuses the key). Each refusal
 * is a `ConfigError` line naming its key, all of them at once, naming
 * `configFile`. The cache file is relative to the configuration file's
 * folder (`configDirectory`), `--cache-file` to the working directory.
 */
export function linkCheckerOptions(
  flags: CliArguments['links'],
  config: LinksConfig | undefined,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  configDirectory: string,
  configFile?: string
): LinkCheckerOptions<string> {
  const options: LinkCheckerOptions<string> = linkOptionsFromConfig(config ?? {})
  const allowed = allowedVariables(flags.allowEnv, env)
  const refusals = linkConfigRefusals(config ?? {}, allowed, configDirectory)
  if (refusals.lines.length > 0) {
    const name = configFile ? relative(cwd, configFile) || configFile : 'configuration'
    throw new ConfigError(`Invalid ${name}:\n${refusals.lines.join('\n')}`, configFile)
  }
  if (flags.concurrency !== undefined) options.concurrency = flags.concurrency
  if (flags.hostConcurrency !== undefined) options.hostConcurrency = flags.hostConcurrency
  if (flags.timeout !== undefined) options.requestTimeout = flags.timeout
  if (flags.allowPrivateHosts) options.allowPrivateHosts = true
  if (flags.checkFragments) options.checkFragments = true
  if (flags.noCache) delete options.cacheFile
  else if (flags.cacheFile !== undefined) options.cacheFile = resolve(cwd, flags.cacheFile)
  else options.cacheFile = refusals.cacheFile ?? resolve(configDirectory, defaultCacheFile)
  if (flags.shard !== undefined) {
    try {
      options.shard = parseShard(flags.shard)
    } catch (error) {
      if (error instanceof ShardFormatError) throw new UsageError(error.message, { cause: error })
      throw error
    }
  }
  // The user's own token, sent only to GitHub's API (never named by the configuration).
  if (env.GITHUB_TOKEN) options.githubToken = env.GITHUB_TOKEN
  // Only what the user allowed crosses into the checker (and its thread).
  options.env = Object.fromEntries(
    [...allowed].filter((name) => env[name] !== undefined).map((name) => [name, env[name]])
  )
  return options
}
