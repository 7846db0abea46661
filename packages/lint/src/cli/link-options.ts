import { resolve } from 'node:path'
import { linkOptionsFromConfig, parseShard, ShardFormatError, type LinksConfig } from '@roadmap/links/config'
import type { LinkCheckerOptions } from '@roadmap/links/thread'
import { UsageError } from '../errors.js'
import type { CliArguments } from './args.js'

/** Where the link cache lives unless the config or `--cache-file` says otherwise. */
export const defaultCacheFile = '.roadmap-lint-cache.json'

/**
 * The link checker's options: the `links` section of the configuration, with
 * the command line's flags over it. The cache file is relative to the
 * configuration file's folder, `--cache-file` to the working directory.
 */
export function linkCheckerOptions(
  flags: CliArguments['links'],
  config: LinksConfig | undefined,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  configDirectory: string
): LinkCheckerOptions<string> {
  const options: LinkCheckerOptions<string> = linkOptionsFromConfig(config ?? {})
  if (flags.concurrency !== undefined) options.concurrency = flags.concurrency
  if (flags.hostConcurrency !== undefined) options.hostConcurrency = flags.hostConcurrency
  if (flags.timeout !== undefined) options.requestTimeout = flags.timeout
  if (flags.allowPrivateHosts) options.allowPrivateHosts = true
  if (flags.checkFragments) options.checkFragments = true
  if (flags.noCache) delete options.cacheFile
  else if (flags.cacheFile !== undefined) options.cacheFile = resolve(cwd, flags.cacheFile)
  else options.cacheFile = resolve(configDirectory, options.cacheFile ?? defaultCacheFile)
  if (flags.shard !== undefined) {
    try {
      options.shard = parseShard(flags.shard)
    } catch (error) {
      if (error instanceof ShardFormatError) throw new UsageError(error.message, { cause: error })
      throw error
    }
  }
  options.env = env
  return options
}
