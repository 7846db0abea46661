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

/** A link written in a file: a resource or a link in prose. */
export interface LinkReference {
  /** The destination as parsed (entities and escapes decoded). */
  url: string
  /** The whole link node `[text](url "title")`. */
  position: Position
  /** Offsets of the destination as written in the source, when it can be found. */
  destination: { start: number; end: number } | undefined
  /** Whether the link is a topic's resource (not a link in prose). */
  resource: boolean
}

/**
 * What cross-file rules and the link checker need of one file once its own
 * checks ran: its messages, its summary and what it links to; never its tree
 * or text (a large library would not fit in memory).
 */
export interface IndexedFile {
  /** Absolute path. */
  path: string
  file: VFile
  /** What the core's cross-file checks read; `kind: 'unexpected'` and no `step` or `roadmap` when the file could not be read or parsed. */
  summary: FileSummary
  /** The validated model, when the run keeps models (`keepModels`) and the file has no error of its own. */
  model: FileModel['model'] | undefined
  roadmapId: string | undefined
  /** Heading anchors GitHub would generate (`#some-heading`), for fragment links. */
  anchors: Set<string>
  links: LinkReference[]
  /** Whether problems in this file are reported (`--changed` narrows it). */
  selected: boolean
  /** `roadmap-lint-disable-…` comments of this file. */
  suppressions: Suppression[]
  /**
   * Hosts of the `https://` links no longer in `links`: an offline run keeps
   * only the links cross-file rules read, and `url-insecure` needs the hosts.
   */
  secureHosts: ReadonlySet<string>
}

/** Every file of the content, as cross-file rules see it. */
export interface ContentIndex {
  files: IndexedFile[]
  byPath: Map<string, IndexedFile>
}
