import { readFile, stat } from 'node:fs/promises'
import { dirname, extname, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describeFsError, type ContentLimits } from '@roadmap/core/pipeline-light'
import { closest } from '@roadmap/core/query'
import picomatch from 'picomatch'
import type { z } from 'zod'
import { ConfigError } from '../errors.js'
import { describeConfigIssue } from './describe-issue.js'
import type { LinksConfig } from '@roadmap/links/config'
import type { LintRuleMeta, Rule } from '../rule/define-rule.js'
import { allRuleMeta, lintRules } from '../rules/index.js'
import { configSchema } from './config-schema.js'
import { lintRuleIds, unsuppressibleRuleIds } from '../rule-ids.js'
import { resolveLimits, type LimitsConfig } from './limits.js'
import type { SeveritySetting } from './schema.js'

/** A config file read, validated and resolved against the known rules. */
export interface ResolvedConfig<Links> {
  /** The config file, when one was found. */
  file: string | undefined
  /** Severities the config sets; a rule not listed keeps the severity it reports with. */
  severities: Map<string, SeveritySetting>
  /** Validated options of the rules that take options. */
  ruleOptions: Map<string, unknown>
  /** Whether a content file (absolute path) is ignored by the config. */
  isIgnored: (path: string) => boolean
  /** What a content file may hold before it is parsed: the config's `limits`, with the core's defaults. */
  limits: ContentLimits
  links: Links | undefined
}

export interface ResolveContext<Links> {
  /** The configuration's schema (default `configSchema`). */
  schema?: z.ZodType<{
    rules?: Record<string, unknown> | undefined
    ignore?: string[] | undefined
    limits?: LimitsConfig | undefined
    links?: Links | undefined
  }>
  /** The rules with their options schemas (default `lintRules`). */
  rules?: ReadonlyArray<Rule>
  /** Every rule the configuration may name (default `allRuleMeta`). */
  metas?: ReadonlyArray<LintRuleMeta>
  /** Where messages name the config file from (default `process.cwd()`). */
  cwd?: string
}

/**
 * Read and validate a config file (none: the defaults). Throws `ConfigError`
 * (code `ERR_ROADMAP_LINT_CONFIG`) with every problem when it is invalid.
 *
 * @example
 *   const config = await loadConfig(findConfig(process.cwd()), { cwd: process.cwd() })
 */
export async function loadConfig<Links = LinksConfig>(
  file: string | undefined,
  context: ResolveContext<Links> = {}
): Promise<ResolvedConfig<Links>> {
  const raw = file === undefined ? {} : await readConfigFile(file, displayName(file, context.cwd))
  return resolveConfig(raw, file, context)
}

/**
 * Validate a configuration already read (`raw`, as the file holds it) against
 * the rules; as `loadConfig`.
 *
 * @example
 *   const config = resolveConfig({ rules: { 'list-marker': 'off' } }, undefined)
 */
export function resolveConfig<Links = LinksConfig>(
  raw: unknown,
  file: string | undefined,
  context: ResolveContext<Links> = {}
): ResolvedConfig<Links> {
  const name = file ? displayName(file, context.cwd) : 'configuration'
  const schema = context.schema ?? (configSchema as unknown as NonNullable<ResolveContext<Links>['schema']>)
  const rules = context.rules ?? lintRules
  const result = schema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(
      `Invalid ${name}:\n${result.error.issues.flatMap((issue) => describeConfigIssue(issue, schema, raw)).join('\n')}`,
      file
    )
  }

  const known = new Map<string, LintRuleMeta>()
  for (const meta of context.metas ?? allRuleMeta) known.set(meta.id, meta)
  for (const rule of rules) known.set(rule.meta.id, rule.meta)

  // Only what the config sets: a rule's own severity stands otherwise (the
  // core reports some YAML problems as warnings under an `error` rule).
  const severities = new Map<string, SeveritySetting>()
  const ruleOptions = new Map<string, unknown>()
  const problems: string[] = []

  for (const [id, setting] of Object.entries(result.data.rules ?? {})) {
    if (unsuppressibleRuleIds.has(id)) {
      problems.push(`  rules.${id}: ${unconfigurable(id)}`)
      continue
    }
    if (!known.has(id)) {
      const suggestion = closest(id, known.keys())
      problems.push(`  rules.${id}: Unknown rule \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`)
      continue
    }
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined]
    severities.set(id, severity as SeveritySetting)
    if (Array.isArray(setting)) {
      const rule = rules.find((candidate) => candidate.meta.id === id)
      if (!rule?.optionsSchema) {
        problems.push(`  rules.${id}: Unexpected options, rule \`${id}\` takes none; use a severity alone`)
        continue
      }
      const parsed = rule.optionsSchema.safeParse(options)
      if (parsed.success) ruleOptions.set(id, parsed.data)
      else
        problems.push(
          ...parsed.error.issues.flatMap((issue) =>
            describeConfigIssue(issue, rule.optionsSchema as z.ZodType, options, `rules.${id}[1]`)
          )
        )
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid ${name}:\n${problems.join('\n')}`, file)

  for (const rule of rules) {
    if (!ruleOptions.has(rule.meta.id) && rule.optionsSchema) {
      ruleOptions.set(rule.meta.id, rule.optionsSchema.parse(undefined))
    }
  }

  const base = file ? dirname(file) : (context.cwd ?? process.cwd())
  const patterns = result.data.ignore ?? []
  const matcher = patterns.length > 0 ? picomatch(patterns, { dot: true }) : undefined
  return {
    file,
    severities,
    ruleOptions,
    isIgnored: (path) => matcher?.(relative(base, path).split('\\').join('/')) ?? false,
    limits: resolveLimits(result.data.limits),
    links: result.data.links
  }
}

/** Why a rule of `unsuppressibleRuleIds` cannot be configured, and what to do. */
function unconfigurable(id: string): string {
  const why =
    id === lintRuleIds.internalError
      ? 'a check that failed did not check the file, so its error always counts'
      : 'it is a rule of the content format (`@roadmap/core`), which always applies as an error'
  return `Unexpected setting for rule \`${id}\`, expected only rules that can be configured: ${why}; remove \`${id}\` from \`rules\``
}

async function readConfigFile(file: string, name: string): Promise<unknown> {
  const extension = extname(file)
  if (extension === '.json') {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (cause) {
      const reason =
        (cause as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder, expected a file' : describeFsError(cause)
      throw new ConfigError(`Cannot read config file \`${name}\`: ${reason}`, file, { cause })
    }
    try {
      return JSON.parse(text)
    } catch (cause) {
      throw new ConfigError(
        `Cannot parse config file \`${name}\` as JSON: ${jsonErrorAt(text, (cause as Error).message)}`,
        file,
        { cause }
      )
    }
  }
  let module: { default?: unknown }
  try {
    // The modification time in the URL makes a changed file load anew when
    // one process lints several times (tests, editors); a module is cached by URL.
    const version = await stat(file).then(
      (stats) => stats.mtimeMs,
      () => 0
    )
    module = (await import(`${pathToFileURL(file).href}?mtime=${version}`)) as { default?: unknown }
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    const hint =
      code === 'ERR_UNKNOWN_FILE_EXTENSION'
        ? '; TypeScript config files need Node.js 22.18 or later, use `roadmap-lint.config.js` or `.json` on this version'
        : ''
    throw new ConfigError(`Cannot load config file \`${name}\`: ${(cause as Error).message}${hint}`, file, { cause })
  }
  if (module.default === undefined) {
    throw new ConfigError(
      `Cannot load config file \`${name}\`: it has no default export; write \`export default defineConfig({ … })\``,
      file
    )
  }
  return module.default
}

/** `JSON.parse`'s message with the line and column of its `position N`, which people can find. */
function jsonErrorAt(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message)
  if (!position) return message
  const before = text.slice(0, Number(position[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `${message.replace(/ in JSON at position \d+.*$/s, '')} at line ${line}, column ${column}`
}

function displayName(file: string, cwd: string | undefined): string {
  return relative(cwd ?? process.cwd(), file) || file
}
