import type { ResourceDraft, RoadmapParseResult, StepParseResult, TopicDraft } from '@roadmap/core'
import type { Position } from 'unist'

export interface LocatedResource {
  topic: TopicDraft
  resource: ResourceDraft
  /** The link node `[title](url "kind")`. */
  position: Position | undefined
}

/** Every resource of a step file, in document order, with where its link is. */
export function resourcesOf(parsed: StepParseResult | RoadmapParseResult): LocatedResource[] {
  if (parsed.kind !== 'step' || !parsed.draft) return []
  return parsed.draft.topics.flatMap((topic) =>
    topic.resources.map((resource) => ({ topic, resource, position: parsed.positions.get(resource) }))
  )
}

// Rules run one file at a time and several read the same links: parse each
// URL once. Cleared when full, so memory stays flat.
let parsedUrls = new Map<string, URL | undefined>()

/**
 * `new URL(url)`, or `undefined` for text that is not an absolute URL. The
 * result is shared between callers: read it, never change it.
 */
export function parseUrl(url: string): Readonly<URL> | undefined {
  if (parsedUrls.has(url)) return parsedUrls.get(url)
  let parsed: URL | undefined
  try {
    parsed = hasScheme(url) ? new URL(url) : undefined
  } catch {
    parsed = undefined
  }
  if (parsedUrls.size >= 256) parsedUrls = new Map()
  parsedUrls.set(url, parsed)
  return parsed
}

/**
 * Whether `url` starts with a scheme as the URL standard reads it (leading
 * spaces and controls skipped, tabs and newlines ignored). Without one,
 * `new URL` always throws, and a thrown error costs far more than this test:
 * relative links are a fifth of a library's links.
 */
function hasScheme(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: URL parsing strips leading C0 controls and spaces, as this does
  return /^[\x00-\x20]*[a-z][a-z\d+\-.]*:/i.test(url.replace(/[\t\n\r]/g, ''))
}
