// The schema a link cache file read back must match (see `cache-format.ts`).
import { z } from 'zod'
import { cacheTool, cacheVersion } from './cache-format.js'

const CacheEntrySchema = z.strictObject({
  url: z.string(),
  outcome: z.enum(['ok', 'redirected']),
  reasonCode: z.enum(['ok', 'accepted', 'moved-permanently']),
  reason: z.string(),
  status: z.number().int(),
  finalUrl: z.string().optional(),
  redirects: z.array(z.strictObject({ url: z.string(), status: z.number().int(), to: z.string() })),
  /** Fragments seen on the page (only those links asked for). */
  fragments: z.array(z.string()).optional(),
  /** `Date.now()` of the check. */
  checkedAt: z.number()
})

export const CacheFileSchema = z.strictObject({
  tool: z.literal(cacheTool),
  version: z.literal(cacheVersion),
  entries: z.record(z.string(), CacheEntrySchema)
})

/** One remembered good result. Failures are never stored: they are rechecked every run. */
export type CacheEntry = z.infer<typeof CacheEntrySchema>
