import type { Range } from 'vscode-languageserver'

/** Whether two ranges share a position (touching ends count: a cursor at a word's end is on it). */
export function rangesMeet(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

/** Whether `position` is inside `range`, its ends included. */
export function contains(range: Range, position: Range['start']): boolean {
  return !before(position, range.start) && !before(range.end, position)
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}
