import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../errors.js'

type Options = NonNullable<ParseArgsConfig['options']>
type Parsed<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>

/**
 * Parse command-line arguments strictly: an unknown flag or a missing value is
 * a `UsageError` (exit code 2) that names the flag and shows the usage.
 *
 * @example
 *   parseCliArgs(['--base', 'HEAD~1'], { base: { type: 'string' } }, usage).values.base // 'HEAD~1'
 */
export function parseCliArgs<T extends Options>(
  argv: readonly string[],
  options: T,
  usage: string,
  allowPositionals = false
): Parsed<T> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true }) as Parsed<T>
  } catch (cause) {
    const reason = cause instanceof Error ? (cause.message.split('\n')[0] ?? cause.message) : String(cause)
    throw new UsageError(`${reason}\n\n${usage}`, { cause })
  }
}
