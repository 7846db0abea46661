import type { FileModel } from '@roadmap/core/pipeline'
import { summarizeFile, type FileSummary } from '@roadmap/core/pipeline-light'
import type { VFile } from 'vfile'

/** A `roadmap-lint-disable-…` comment: which rules it silences on which line. */
export interface Suppression {
  line: number
  /** Rule ids; empty silences every rule that can be silenced. */
  rules: ReadonlySet<string>
}

/**
 * What checking one file's text gives, before the checks across files: its
 * own messages (the content format's and the file rules'), its summary (what
 * the checks across files read) and its disable comments; never its tree.
 */
export interface CheckedFile {
  /** Absolute path. */
  path: string
  /** The file: its messages, each with its fix when it has one, and its text in `value` while it is kept. */
  file: VFile
  /**
   * Its step or roadmap, every link and heading; `kind: 'unexpected'` and
   * nothing else when the file could not be read or parsed.
   */
  summary: FileSummary
  /** Its `roadmap-lint-disable-…` comments. */
  suppressions: Suppression[]
  /** Its validated model, when asked for (`keepModels`) and the file has no error of its own. */
  model: FileModel['model'] | undefined
}

/**
 * A file that was not parsed: unreadable, past the size cap, or a problem of
 * the layout (`roadmap.md` missing); `file` holds its messages.
 *
 * @example
 *   unparsedFile(read.file, 'backend')
 */
export function unparsedFile(file: VFile, roadmapId: string): CheckedFile {
  return {
    path: file.path,
    file,
    summary: summarizeFile(undefined, file.path, roadmapId),
    suppressions: [],
    model: undefined
  }
}
