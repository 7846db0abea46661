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

/**
 * What the cross-file checks read of one file: plain data, copied out of the
 * source text, cheap to keep for a large library and to pass between
 * threads. `kind` is the file's kind by its name; `step` and `roadmap` are set
 * when its frontmatter and name could be read.
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
}
