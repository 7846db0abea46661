import { setFlagsFromString } from 'node:v8'

/** How far V8's old generation may grow between full collections, in percent: 100 is up to twice what was live. */
export const heapGrowingPercent = 100

/**
 * Cap how far V8 lets the heap grow between full garbage collections. By
 * default the old generation may grow to four times what was live after the
 * last one; a lint run allocates fast and keeps little, so most of its peak
 * memory is garbage waiting for the next collection. Twice is the trade
 * measured in bench/README.md: far less peak memory on a large library for a
 * few percent more CPU. The flag holds for every thread of the process.
 *
 * Only the CLI does this (a library must not change the process it runs in),
 * and a heap-growth flag of the user's own, in `NODE_OPTIONS` or on node's
 * command line, wins. Returns whether the flag was set.
 */
export function limitHeapGrowth(
  execArgv: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>>,
  setFlags: (flags: string) => void = setFlagsFromString
): boolean {
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)]
  if (given.some((flag) => /^--heap[-_]growing[-_]percent(=|$)/.test(flag))) return false
  setFlags(`--heap-growing-percent=${heapGrowingPercent}`)
  return true
}
