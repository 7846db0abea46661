import type { Position } from 'unist'

/** A requirement of a step, with where it was written. */
export interface RequirementSummary {
  roadmap: string
  step: string
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
  step: { id: string; order: number; title: string | undefined; requires: RequirementSummary[] } | undefined
  roadmap: { id: string; title: string | undefined } | undefined
}
