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

/** `new URL(url)`, or `undefined` for text that is not an absolute URL. */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}
