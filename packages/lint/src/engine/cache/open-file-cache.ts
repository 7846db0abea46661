import type { ResolvedConfig } from '../../config/load-config.js'
import { FileCache } from './file-cache.js'
import { cacheFingerprint } from './fingerprint.js'

/**
 * Open the content cache at `path` for a run with `config`: the rules turned
 * off, the rules' options and the limits decide what checking a file gives
 * (severities do not: they are applied afterwards, on every run).
 *
 * @example
 *   const { cache, warning } = openFileCache('.roadmap-lint-content-cache', config)
 *   const result = await lint({ ...options, cache })
 *   cache.save()
 */
export function openFileCache(
  path: string,
  config: Pick<ResolvedConfig<unknown>, 'severities' | 'ruleOptions' | 'limits'>,
  maxBytes?: number
): { cache: FileCache; warning?: string } {
  const off = [...config.severities]
    .filter(([, severity]) => severity === 'off')
    .map(([id]) => id)
    .sort()
  const fingerprint = cacheFingerprint({
    off,
    ruleOptions: [...config.ruleOptions].sort(([a], [b]) => (a < b ? -1 : 1)),
    limits: config.limits,
    maxBytes: maxBytes ?? null
  })
  return FileCache.load(path, fingerprint)
}
