import { detach } from '../util/detach.js'
import type { FileSummary } from '../validate/summary.js'
import { proseCountClaims } from './count-claims.js'
import { linksAndHeadings } from './links.js'
import type { ContentParseResult } from './parse-file.js'

/**
 * The stage between a file's own checks and the checks across files: its
 * summary (its step or roadmap, links and headings). The parse result (tree,
 * text, drafts) can be dropped after it.
 *
 * @example
 *   const summary = summarizeFile(parseContentFile(text, { path }), 'backend')
 */
export function summarizeFile(parsed: ContentParseResult | undefined, path: string, roadmapId: string): FileSummary {
  const summary: FileSummary = {
    path,
    roadmapId,
    kind: parsed?.kind ?? 'unexpected',
    step: undefined,
    roadmap: undefined,
    links: [],
    headings: [],
    counts: []
  }
  if (parsed?.tree) {
    const { links, headings } = linksAndHeadings(String(parsed.file.value), parsed.tree, parsed.kind === 'step')
    summary.links = links
    summary.headings = headings
    summary.counts = proseCountClaims(String(parsed.file.value), parsed.tree, parsed.kind)
  }
  if (parsed?.kind === 'step' && parsed.draft) {
    const draft = parsed.draft
    summary.step = {
      id: detach(draft.id),
      order: draft.order,
      title: draft.title === undefined ? undefined : detach(draft.title),
      requires: draft.requires.map((reference) => ({
        roadmap: detach(reference.roadmap),
        step: detach(reference.step),
        place: parsed.positions.get(reference)
      })),
      topics: draft.topics.map((topic) => detach(topic.id)),
      aliases: [
        ...draft.aliases.map((key, index) => ({
          key: detach(key),
          topic: undefined,
          place: parsed.positions.getAt(draft.aliases, index)
        })),
        ...draft.topics.flatMap((topic) =>
          topic.aliases.map((key, index) => ({
            key: detach(key),
            topic: detach(topic.id),
            place: parsed.positions.getAt(topic.aliases, index)
          }))
        )
      ]
    }
  } else if (parsed?.kind === 'roadmap' && parsed.draft) {
    summary.roadmap = {
      id: detach(parsed.draft.id),
      title: parsed.draft.title === undefined ? undefined : detach(parsed.draft.title)
    }
  }
  return summary
}
