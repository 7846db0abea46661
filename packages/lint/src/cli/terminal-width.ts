/** Columns assumed when neither the terminal nor `COLUMNS` says. */
export const fallbackWidth = 80

/**
 * How many columns the report may take: the terminal's when stdout is one
 * (`process.stdout.columns`), else `COLUMNS` (which shells set and CI can),
 * else 80. A report written to a file (`--output`) is not sized by the
 * terminal: `COLUMNS`, else 80.
 *
 * @example
 *   terminalWidth(process.stdout, process.env) // 100 in a 100-column terminal
 */
export function terminalWidth(
  stream: { isTTY?: boolean; columns?: number } | undefined,
  env: Readonly<Record<string, string | undefined>>
): number {
  if (stream?.isTTY && isColumns(stream.columns)) return stream.columns
  const columns = /^\d+$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : undefined
  return isColumns(columns) ? columns : fallbackWidth
}

function isColumns(value: number | undefined): value is number {
  return value !== undefined && Number.isSafeInteger(value) && value > 0
}
