import type { Position } from 'unist'

/** A requirement of a step, with where it was written. */
export interface RequirementSummary {
  roadmap: string
  step: string
  place: Position | undefined
}

/** A former key written in a step file (`aliases` or `topic-aliases`), with where it was written. */
export interface AliasSummary {
  /** The former key: `roadmap/step` for a step, `roadmap/step/topic` for a topic. */
  key: string
  /** The topic it belongs to now, or `undefined` for the step itself. */
  topic: string | undefined
  place: Position | undefined
}

/** A link written in a file: a topic's resource or a link in prose. */
export interface LinkSummary {
  /** The destination as the parser read it (entities and escapes decoded). */
  url: string
  /** The scheme with its colon, lower-cased (`https:`), as the URL standard reads it; `undefined` for a relative link. */
  protocol: string | undefined
  /** The host name of an `http:` or `https:` link (`new URL(url).hostname`); `undefined` for any other, or an invalid URL. */
  host: string | undefined
  /** The whole link, `[text](url "title")`. */
  position: Position
  /** Offsets of the destination as written in the source, when found for sure: a fix rewrites just those. */
  destination: { start: number; end: number } | undefined
  /** Whether the link is a topic's resource (in a list under a `##` topic of a step), not a link in prose. */
  resource: boolean
  /** The link's title as parsed (a resource's kind: `"official"`); `undefined` when it has none. */
  title: string | undefined
  /** Offsets of the title as written, its quotes included, when found for sure: a fix rewrites just those. */
  titleRange: { start: number; end: number } | undefined
}

/** A statement in prose of how many steps or topics there are ("a seventeen-step guide"), with where it is. */
export interface CountSummary {
  noun: 'step' | 'topic'
  count: number
  /** As written: `seventeen-step`, `17 steps`. */
  text: string
  place: Position
}

/** A heading of a file, with the anchor GitHub gives it. */
export interface HeadingSummary {
  depth: number
  /** Its text, without markup. */
  text: string
  /** The fragment a link uses to reach it (`#rest--http`), numbered for a repeated name (`caching-1`). */
  anchor: string
  position: Position
}

/**
 * What the checks across files read of one file: plain data, copied out of
 * the source text, cheap to keep for a large library and to cache. `kind` is
 * the file's kind by its name; `step` and `roadmap` are set when its
 * frontmatter and name could be read; `links` and `headings` when it could be
 * parsed.
 */
export interface FileSummary {
  /** Path of the file, as it was read. */
  path: string
  roadmapId: string
  kind: 'step' | 'roadmap' | 'unexpected'
  step:
    | {
        id: string
        order: number
        title: string | undefined
        requires: RequirementSummary[]
        /** The ids of its topics. */
        topics: string[]
        aliases: AliasSummary[]
      }
    | undefined
  roadmap: { id: string; title: string | undefined } | undefined
  /** Every link of the file, resources and prose alike, in document order. */
  links: LinkSummary[]
  /** Every heading of the file, in document order. */
  headings: HeadingSummary[]
  /** Statements in its prose of how many steps (in `roadmap.md`) or topics (in a step) there are. */
  counts: CountSummary[]
}
