import type { FileModel, FileSummary } from '@roadmap/core/pipeline'
import type { Node, Point, Position } from 'unist'
import type { VFile } from 'vfile'

/** Where a problem is: a span, a point, a node, or nowhere in particular. */
export type Place = Position | Point | Node | undefined

/** A `roadmap-lint-disable-…` comment: which rules it silences on which line. */
export interface Suppression {
  line: number
  /** Rule ids; empty silences every rule. */
  rules: ReadonlySet<string>
}

/**
 * What cross-file rules and the link checker need of one file once its own
 * checks ran: its messages and its summary (what it is, links to and its
 * headings); never its tree, nor its text unless it has problems (a large
 * library would not fit in memory).
 */
export interface IndexedFile {
  /** Absolute path. */
  path: string
  file: VFile
  /**
   * What the checks across files read: its step or roadmap, every link and
   * heading; `kind: 'unexpected'` and nothing else when the file could not
   * be read or parsed.
   */
  summary: FileSummary
  /** The validated model, when the run keeps models (`keepModels`) and the file has no error of its own. */
  model: FileModel['model'] | undefined
  roadmapId: string | undefined
  /** Whether problems in this file are reported (`--changed` narrows it). */
  selected: boolean
  /** `roadmap-lint-disable-…` comments of this file. */
  suppressions: Suppression[]
}

/** Every file of the content, as cross-file rules see it. */
export interface ContentIndex {
  files: IndexedFile[]
  byPath: Map<string, IndexedFile>
}
