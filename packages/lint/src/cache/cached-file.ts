import { createDiagnostic, type Diagnostic } from '@roadmap/core/pipeline-light'
import { VFile } from 'vfile'
import { z } from 'zod'
import type { CheckedFile } from '../linter/checked-file.js'
import { linkFields, nameFields, packLinks, unpackLinks } from './pack-links.js'

const count = z.number().int().nonnegative()
const point = z.object({ line: count, column: count, offset: count.optional() })
const position = z.object({ start: point, end: point })
const place = z.union([position, point])

const fix = z
  .object({ range: z.tuple([count, count]), text: z.string() })
  .refine(({ range: [start, end] }) => start <= end, 'a fix that ends before it starts')

const message = z.object({
  reason: z.string(),
  ruleId: z.string(),
  source: z.string(),
  fatal: z.boolean(),
  place: place.optional(),
  related: z.array(z.object({ message: z.string(), place })).optional(),
  fix: fix.optional()
})

// One check for a whole list of numbers or strings: a file's links are a URL
// and 11 numbers each, and a check per item made reading a warm cache (5,000
// files, 100,000 links) a quarter slower.
const integers = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((each) => Number.isInteger(each) && Math.abs(each) < 2 ** 31),
  'Expected a list of 32-bit integers'
)
const strings = z.custom<string[]>(
  (value) => Array.isArray(value) && value.every((each) => typeof each === 'string'),
  'Expected a list of strings'
)

const links = z
  .object({ urls: strings, names: strings, numbers: integers })
  .refine((packed) => packed.numbers.length === packed.urls.length * linkFields, 'links and their places differ')
  .refine(
    (packed) =>
      packed.numbers.every(
        (number, index) => !nameFields.has(index % linkFields) || (number >= -1 && number < packed.names.length)
      ),
    'a scheme, host or title that is not in the list'
  )

const summary = z.object({
  kind: z.enum(['step', 'roadmap', 'unexpected']),
  step: z
    .object({
      id: z.string(),
      order: count,
      title: z.string().optional(),
      requires: z.array(z.object({ roadmap: z.string(), step: z.string(), place: position.optional() })),
      topics: z.array(z.string()),
      aliases: z.array(z.object({ key: z.string(), topic: z.string().optional(), place: position.optional() }))
    })
    .optional(),
  roadmap: z.object({ id: z.string(), title: z.string().optional() }).optional(),
  links,
  headings: z.array(z.object({ depth: count, text: z.string(), anchor: z.string(), position })),
  counts: z.array(z.object({ noun: z.enum(['step', 'topic']), count, text: z.string(), place: position }))
})

/**
 * What checking one file gave, as the content cache stores it: plain JSON,
 * without the file's path or roadmap (the record's key and the run give
 * those, so a record cannot name another file) and without docs URLs (they
 * follow from the rule id). Every record is checked against this before use.
 */
export const cachedFileSchema = z.object({
  summary,
  suppressions: z.array(z.object({ line: count, rules: strings })),
  messages: z.array(message)
})

export type CachedFile = z.infer<typeof cachedFileSchema>

/**
 * A checked file as the cache stores it; `undefined` for one it cannot
 * store exactly (a message without a rule id, source or severity).
 */
export function toCached(indexed: CheckedFile): CachedFile | undefined {
  const { summary, suppressions } = indexed
  const messages: CachedFile['messages'] = []
  for (const each of indexed.file.messages) {
    const { reason, ruleId, source, fatal, place, related, fix } = each as Partial<Diagnostic>
    if (typeof ruleId !== 'string' || typeof source !== 'string' || typeof fatal !== 'boolean') return undefined
    messages.push({
      reason: String(reason),
      ruleId,
      source,
      fatal,
      ...(place ? { place } : {}),
      ...(related ? { related } : {}),
      ...(fix ? { fix: { range: [fix.range[0], fix.range[1]] as [number, number], text: fix.text } } : {})
    })
  }
  return {
    summary: {
      kind: summary.kind,
      step: summary.step,
      roadmap: summary.roadmap,
      links: packLinks(summary.links),
      headings: summary.headings,
      counts: summary.counts
    },
    suppressions: suppressions.map((each) => ({ line: each.line, rules: [...each.rules] })),
    messages
  }
}

/**
 * The checked file again, for the file at `path` in roadmap `roadmapId`:
 * every message built anew (as the check would have built it, its docs URL
 * the rule's: `urlOf`), named after `path`; without its text (code frames
 * read the file again).
 *
 * @example
 *   const checked = fromCached(cachedFileSchema.parse(JSON.parse(text)), '/repo/content/backend/01-x.md', 'backend', urlOf)
 */
export function fromCached(
  cached: CachedFile,
  path: string,
  roadmapId: string,
  urlOf: (ruleId: string) => string | undefined
): CheckedFile {
  const file = new VFile({ path })
  for (const each of cached.messages)
    file.messages.push(
      createDiagnostic(path, each.reason, {
        ruleId: each.ruleId,
        url: urlOf(each.ruleId),
        source: each.source,
        severity: each.fatal ? 'error' : 'warning',
        place: each.place,
        ...(each.related ? { related: each.related } : {}),
        ...(each.fix ? { fix: each.fix } : {})
      })
    )
  const { kind, step, roadmap, links, headings, counts } = cached.summary
  return {
    path,
    file,
    model: undefined,
    suppressions: cached.suppressions.map((each) => ({ line: each.line, rules: new Set(each.rules) })),
    summary: {
      path,
      roadmapId,
      kind,
      step: step && {
        id: step.id,
        order: step.order,
        title: step.title,
        requires: step.requires.map((each) => ({ roadmap: each.roadmap, step: each.step, place: each.place })),
        topics: step.topics,
        aliases: step.aliases.map((each) => ({ key: each.key, topic: each.topic, place: each.place }))
      },
      roadmap: roadmap && { id: roadmap.id, title: roadmap.title },
      links: unpackLinks(links),
      headings,
      counts
    }
  }
}
