// The name, version and limits of a link cache file: here, without zod, for
// the checker to write them; the schema of a file read back
// (`cache-schema.ts`) loads only when there is a file to check.

export const cacheTool = 'roadmap-lint/links'
/** 2: only `ok` results are kept (a `redirected` one is always asked again). 3: and each URL's recent history. */
export const cacheVersion = 3
/** A larger file is not read (nor written): a cache is a hint, never worth unbounded memory. */
export const maxCacheBytes = 64 * 1024 * 1024
/** Longest URL an entry may hold (browsers and servers rarely go past 8 KiB). */
export const maxUrlLength = 8 * 1024
