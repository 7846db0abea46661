// The syntax of option values, shared by the configuration schema and by
// the code that applies options: here, so that a thread given options that
// are already valid does not load zod.

/** A duration: milliseconds as a number, or a string such as `500ms`, `30s`, `10m`, `12h`, `7d`. */
export const durationPattern = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/

const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const

/** Milliseconds of a duration that matches `durationPattern` (or is a number already); `undefined` otherwise. */
export function durationMs(value: number | string): number | undefined {
  if (typeof value === 'number') return value
  const match = durationPattern.exec(value.trim())
  return match ? Math.round(Number(match[1]) * unitMs[match[2] as keyof typeof unitMs]) : undefined
}

/** `/regex/flags` in an `exclude` list; any other string is a URL prefix. */
export const regexPatternSyntax = /^\/(.+)\/([dgimsuvy]*)$/s

/** Headers the HTTP client owns; setting them would break requests. */
export const reservedHeaders: ReadonlySet<string> = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
  'expect',
  'te',
  'trailer',
  'proxy-connection'
])

/** `${NAME}` in a header value: the environment variable `NAME`. */
export const headerVariablePattern = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g
