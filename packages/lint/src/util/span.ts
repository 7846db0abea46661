import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'

// One index of line starts per file text: rules that report by offset share it.
let last: { file: VFile; points: ReturnType<typeof location> } | undefined

/**
 * The position of `text[start, end)` in the file, with lines and columns as
 * the parser counts them (1-based, UTF-16 code units).
 *
 * @example
 *   spanOf(file, 11, 12) // { start: { line: 1, column: 12, offset: 11 }, end: { line: 1, column: 13, offset: 12 } }
 */
export function spanOf(file: VFile, start: number, end: number): Position {
  if (last?.file !== file) last = { file, points: location(file) }
  const from = last.points.toPoint(start)
  const to = last.points.toPoint(end)
  return {
    start: { line: from?.line ?? 1, column: from?.column ?? 1, offset: start },
    end: { line: to?.line ?? from?.line ?? 1, column: to?.column ?? from?.column ?? 1, offset: end }
  }
}
