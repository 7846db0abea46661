import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { formatterNames } from '../formatters/index.js'
import { parseShard, ShardFormatError } from '@roadmap/links/config'
import { UsageError } from '../errors.js'

export interface CliArguments {
  paths: string[]
  format: string
  output: string | undefined
  maxWarnings: number | undefined
  fix: boolean
  offline: boolean
  /** Exit 2, not 1, when a check failed with an internal error. */
  exitOnInternalError: boolean
  /** Flags given that no longer do anything (`--concurrency`): the CLI says so. */
  deprecated: string[]
  /** Where the content cache is (`--content-cache`), or `false` for none (`--no-content-cache`). */
  contentCache: string | false | undefined
  /** `undefined`: lint everything; `''`: changed against the default base; else the base ref. */
  changed: string | undefined
  config: string | undefined
  color: boolean | undefined
  help: boolean
  version: boolean
  links: {
    concurrency: number | undefined
    hostConcurrency: number | undefined
    timeout: number | undefined
    cacheFile: string | undefined
    noCache: boolean
    allowPrivateHosts: boolean
    /** Environment variables the configuration's headers may read (`--allow-env`, repeatable). */
    allowEnv: string[]
    checkFragments: boolean
    shard: string | undefined
  }
}

const options = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  offline: { type: 'boolean' },
  'exit-on-internal-error': { type: 'boolean' },
  changed: { type: 'string' },
  config: { type: 'string', short: 'c' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  concurrency: { type: 'string' },
  'link-concurrency': { type: 'string' },
  'content-cache': { type: 'string' },
  'no-content-cache': { type: 'boolean' },
  'host-concurrency': { type: 'string' },
  timeout: { type: 'string' },
  'cache-file': { type: 'string' },
  'no-cache': { type: 'boolean' },
  'allow-private-hosts': { type: 'boolean' },
  'allow-env': { type: 'string', multiple: true },
  'check-fragments': { type: 'boolean' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

/** The flags that only link checking reads. */
export const linkFlags = [
  '--link-concurrency',
  '--host-concurrency',
  '--timeout',
  '--cache-file',
  '--no-cache',
  '--allow-private-hosts',
  '--allow-env',
  '--check-fragments',
  '--shard'
] as const

/**
 * Parse `roadmap-lint` arguments. Throws `UsageError` for anything unknown or
 * malformed, so the CLI exits 2 with the reason. A `--` is skipped, and flags
 * after it are flags: `pnpm lint:content -- --offline` (the npm habit) passes
 * the `--` on, and means `--offline`. A path that starts with `-` is written
 * `./-name`.
 */
export function parseCliArguments(argv: ReadonlyArray<string>): CliArguments {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true }>
  >
  const separated = argv.includes('--')
  try {
    const args = normalizeChanged(argv.filter((argument) => argument !== '--'))
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    const reason = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '')
    const hint =
      separated && /^Unknown option/.test(reason)
        ? '; flags after `--` are still flags, so write a path that starts with `-` as `./-name`'
        : ''
    throw new UsageError(`${reason}${hint}`)
  }
  const { values, positionals } = parsed

  const format = values.format ?? 'stylish'
  if (!formatterNames.includes(format)) {
    throw new UsageError(
      `Unknown format \`${format}\`, expected one of ${formatterNames.map((name) => `\`${name}\``).join(', ')}`
    )
  }

  return {
    paths: positionals,
    format,
    output: values.output,
    maxWarnings: count('--max-warnings', values['max-warnings'], 0),
    fix: values.fix ?? false,
    offline: values.offline ?? false,
    exitOnInternalError: values['exit-on-internal-error'] ?? false,
    deprecated: concurrency(values.concurrency) ? ['--concurrency'] : [],
    contentCache: values['no-content-cache'] ? false : values['content-cache'],
    changed: values.changed,
    config: values.config,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    links: {
      concurrency: count('--link-concurrency', values['link-concurrency'], 1),
      hostConcurrency: count('--host-concurrency', values['host-concurrency'], 1),
      timeout: count('--timeout', values.timeout, 1),
      cacheFile: values['cache-file'],
      noCache: values['no-cache'] ?? false,
      allowPrivateHosts: values['allow-private-hosts'] ?? false,
      allowEnv: (values['allow-env'] ?? []).map(variableName),
      checkFragments: values['check-fragments'] ?? false,
      shard: shard(values.shard)
    }
  }
}

/**
 * `--changed` takes an optional base: `--changed`, `--changed=main` or
 * `--changed main` (when `main` is not a path that exists).
 */
function normalizeChanged(argv: ReadonlyArray<string>): string[] {
  const result: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string
    if (argument !== '--changed') {
      result.push(argument)
      continue
    }
    const next = argv[index + 1]
    if (next !== undefined && !next.startsWith('-') && !existsSync(next)) {
      result.push(`--changed=${next}`)
      index++
    } else {
      result.push('--changed=')
    }
  }
  return result
}

function count(flag: string, value: string | undefined, minimum: number): number | undefined {
  if (value === undefined) return undefined
  // `Number('')` is 0: an empty value must not pass for `--max-warnings 0`.
  const number = /^\s*$/.test(value) ? Number.NaN : Number(value)
  if (!Number.isInteger(number) || number < minimum) {
    throw new UsageError(`Unexpected \`${flag} ${value}\`, expected a whole number of at least ${minimum}`)
  }
  return number
}

/**
 * `--concurrency N|auto|off` set the threads that checked files; files are
 * checked on one thread now (threads bought too little: bench/README.md).
 * Still accepted, so that scripts that pass it keep working, and still
 * checked, so that a typo does not pass silently; whether it was given.
 */
function concurrency(value: string | undefined): boolean {
  if (value === undefined) return false
  const number = /^\s*$/.test(value) ? Number.NaN : Number(value)
  if (value !== 'auto' && value !== 'off' && !(Number.isInteger(number) && number >= 1)) {
    throw new UsageError(
      `Unexpected \`--concurrency ${value}\`, expected \`auto\`, \`off\` or a whole number of threads of at least 1 (the link checker's limit is \`--link-concurrency\`)`
    )
  }
  return true
}

/** `--allow-env NAME`: the name of one environment variable. */
function variableName(value: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    throw new UsageError(
      `Unexpected \`--allow-env ${value}\`, expected the name of one environment variable such as \`GITHUB_TOKEN\` (repeat the flag for more)`
    )
  }
  return value
}

/** `--shard` is checked even with `--offline`, which ignores it: a typo must not pass silently. */
function shard(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  try {
    parseShard(value)
  } catch (error) {
    if (error instanceof ShardFormatError)
      throw new UsageError(error.message.replace(/^Unexpected shard `.*?`/s, `Unexpected \`--shard ${value}\``), {
        cause: error
      })
    throw error
  }
  return value
}
