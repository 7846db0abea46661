import { todayUtc } from '../checks/review-dates.js'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ContentLimits } from '@roadmap/core/pipeline-light'
import type { Rule } from '../rule/define-rule.js'
import { cacheVersion } from './cache-records.js'

/** What decides what checking a file gives, besides the file: the key of a cache's results. */
export interface CacheKeyInput {
  rules: ReadonlyArray<Rule>
  config: {
    severities: ReadonlyMap<string, unknown>
    ruleOptions: ReadonlyMap<string, unknown>
    limits: ContentLimits
  }
}

/**
 * The key a run's cached results are valid for: the tool (its version, the
 * bytes of its code and the core's, the Node.js version), the rule set (each
 * rule's id, scope, `version` and the text of its check, so a rule added,
 * removed or changed by a library caller counts at once) and the whole
 * effective configuration (severities, every rule's options, the limits)
 * and the day: `review-date` and `claim-expired` judge by it, so a result is
 * kept for one day (UTC) at most. Results of any other key are not used.
 *
 * @example
 *   cacheKey({ rules: lintRules, config }) // 'q3…' (SHA-256, base64url)
 */
export function cacheKey(input: CacheKeyInput): string {
  const rules = input.rules
    .map((rule) => ({
      id: rule.meta.id,
      scope: rule.scope,
      version: rule.version ?? null,
      // A stage rule has no check of its own: its stage is the tool's code.
      check: 'check' in rule ? createHash('sha256').update(String(rule.check)).digest('base64url') : ''
    }))
    .sort((a, b) => compare(a.id, b.id) || compare(a.check, b.check))
  const config = {
    severities: [...input.config.severities].sort(([a], [b]) => compare(a, b)),
    ruleOptions: [...input.config.ruleOptions].sort(([a], [b]) => compare(a, b)),
    limits: input.config.limits,
    today: todayUtc()
  }
  return createHash('sha256')
    .update(toolFingerprint())
    .update(JSON.stringify({ rules, config }, plain))
    .digest('base64url')
}

let tool: string | undefined

/** The tool's part of the key; the same for every run of one process. */
function toolFingerprint(): string {
  if (tool !== undefined) return tool
  const require = createRequire(import.meta.url)
  // This module is `<package>/(src|dist)/cache/cache-key.(ts|js)`.
  const own = join(dirname(fileURLToPath(import.meta.url)), '..')
  const corePackage = require.resolve('@roadmap/core/package.json')
  const hash = createHash('sha256').update(`${cacheVersion}\0${process.versions.node}\0`)
  for (const packageFile of [join(own, '..', 'package.json'), corePackage])
    hash.update(`${(JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }).version}\0`)
  const coreCode = join(dirname(corePackage), 'dist')
  const dataset = ['data.js', 'data.json'].map((name) => join(coreCode, name))
  hashCode(hash, [own, coreCode], new Set(dataset))
  tool = hash.digest('base64url')
  return tool
}

/**
 * Add the code in `folders` to `hash`: every `.js`, `.ts` and `.json` file but
 * tests, declarations and the files in `skip`. The bytes, not the version: a
 * rebuilt or patched package never reuses results, whatever its version
 * says. The core's dataset (`data.js`, `data.json`) is skipped: it is built
 * from the content, and would make any content change drop every result.
 */
export function hashCode(
  hash: ReturnType<typeof createHash>,
  folders: ReadonlyArray<string>,
  skip: ReadonlySet<string> = new Set()
): void {
  for (const folder of folders) {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => compare(a.name, b.name))
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (skip.has(path)) continue
      if (entry.isDirectory()) hashCode(hash, [path], skip)
      else if (/\.(js|ts|json)$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name))
        hash.update(`${entry.name}\0`).update(readFileSync(path))
    }
  }
}

function plain(_: string, value: unknown): unknown {
  return value instanceof Map || value instanceof Set ? [...value] : value
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
