// The name and version a link cache file carries: here, without zod, for the
// checker to write them; the schema of a file read back (`cache-schema.ts`)
// loads only when there is a file to check.

export const cacheTool = 'roadmap-lint/links'
export const cacheVersion = 1
