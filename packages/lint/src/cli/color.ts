/**
 * Whether to colour output: a flag wins, then `FORCE_COLOR` and `NO_COLOR`
 * (https://no-color.org), then whether the stream is a terminal.
 */
export function useColor(
  flag: boolean | undefined,
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>
): boolean {
  if (flag !== undefined) return flag
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return stream.isTTY === true
}
