// The schema a link cache entry read back must match (see `cache-format.ts`),
// and what it must mean: an entry is a hint that a request would say `ok`,
// so anything a request could not have given drops it.
import { z } from 'zod'
import { maxUrlLength } from './cache-format.js'
import type { HistoryRecord } from './history.js'

const UrlSchema = z.string().max(maxUrlLength)

const CacheEntrySchema = z.strictObject({
  url: UrlSchema,
  /** `ok` for a 2xx answer, `accepted` for a status the host's `accept` setting lists. */
  reasonCode: z.enum(['ok', 'accepted']),
  status: z.number().int().min(100).max(999),
  /** Temporary redirects on the way (a permanent one makes a `redirected` result, never stored). */
  redirects: z
    .array(z.strictObject({ url: UrlSchema, status: z.number().int().min(300).max(399), to: UrlSchema }))
    .max(50),
  /** Fragments seen on the page (only those links asked for). */
  fragments: z.array(z.string().max(2048)).max(10_000).optional(),
  /** `Date.now()` of the check. */
  checkedAt: z.number().int().nonnegative()
})

export const CacheHeaderSchema = z.looseObject({
  entries: z.record(z.string(), z.unknown()),
  history: z.record(z.string(), z.unknown()).optional()
})

const time = z.number().int().nonnegative()

const HistoryRecordSchema = z.strictObject({
  firstFailedAt: time.optional(),
  lastFailedAt: time.optional(),
  failedRuns: z.number().int().min(1).max(1_000_000).optional(),
  brokenSince: time.optional(),
  movedTo: z.strictObject({ url: UrlSchema, at: time }).optional()
})

/** One remembered `ok` result. Failures and redirects are never stored: they are asked again every run. */
export type CacheEntry = z.infer<typeof CacheEntrySchema>

const keyPattern = /^(?:private-)?(?:none|[0-9a-f]{16}) (.+)$/s

/**
 * The entry stored under `key`, or why it cannot be one this checker wrote:
 * its shape, its key (the host settings' fingerprint and the entry's own
 * URL), normalized `http(s)` URLs without fragment, a status that means `ok`,
 * and a chain of temporary redirects that starts at the URL and joins up.
 */
export function checkEntry(key: string, value: unknown): { entry: CacheEntry } | { problem: string } {
  const parsed = CacheEntrySchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { problem: `unexpected content${issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : ''}` }
  }
  const entry = parsed.data
  if (keyPattern.exec(key)?.[1] !== entry.url) return { problem: 'its key does not match its URL' }
  const urls = [entry.url, ...entry.redirects.flatMap((hop) => [hop.url, hop.to])]
  if (!urls.every(isPageUrl)) return { problem: 'a URL that is not a normalized `http(s)` URL without fragment' }
  if (entry.reasonCode === 'ok' && (entry.status < 200 || entry.status > 299))
    return { problem: `status ${entry.status} is not an ok status` }
  let at = entry.url
  for (const hop of entry.redirects) {
    if (hop.url !== at) return { problem: 'its redirects do not join up' }
    if (hop.status === 301 || hop.status === 308) return { problem: 'a permanent redirect in an ok result' }
    at = hop.to
  }
  return { entry }
}

const historyKeyPattern = /^(?:private-)?(.+)$/s

/**
 * The history record stored under `key`, or why it cannot be one this
 * checker wrote: its shape, its key (its own URL), dates that are not in
 * the future (`now` plus a minute of clock skew) and follow each other
 * (first failure, first broken run, last failure), and a redirect target
 * that is a normalized `http(s)` URL.
 */
export function checkHistoryRecord(
  key: string,
  value: unknown,
  now: number
): { record: HistoryRecord } | { problem: string } {
  const parsed = HistoryRecordSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { problem: `unexpected content${issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : ''}` }
  }
  const record = parsed.data as HistoryRecord
  const url = historyKeyPattern.exec(key)?.[1] ?? ''
  if (!isPageUrl(url)) return { problem: 'its key is not a normalized `http(s)` URL without fragment' }
  const { firstFailedAt: first, lastFailedAt: last, failedRuns: runs, brokenSince, movedTo } = record
  const failing = [first, last, runs].filter((field) => field !== undefined).length
  if (failing !== 0 && failing !== 3) return { problem: 'a failure without its first date, last date or run count' }
  if (failing === 0 && (brokenSince !== undefined || movedTo === undefined)) return { problem: 'nothing to remember' }
  const dates = [first, brokenSince, last].filter((date): date is number => date !== undefined)
  if (dates.some((date, index) => index > 0 && date < (dates[index - 1] ?? 0)))
    return { problem: 'its dates are out of order' }
  if ([...dates, movedTo?.at ?? 0].some((date) => date > now + 60_000)) return { problem: 'a date in the future' }
  if (movedTo && !isPageUrl(movedTo.url)) return { problem: 'a redirect target that is not a normalized `http(s)` URL' }
  return { record }
}

function isPageUrl(text: string): boolean {
  if (!URL.canParse(text)) return false
  const url = new URL(text)
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.href === text && !text.includes('#')
}
