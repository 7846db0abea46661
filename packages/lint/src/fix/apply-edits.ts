import type { TextEdit } from '../rule/content.js'

/**
 * Apply non-overlapping edits to `text`. Edits that overlap an earlier one
 * are skipped (a later run applies them), so no fix can garble another.
 */
export function applyEdits(text: string, edits: ReadonlyArray<TextEdit>): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: TextEdit[] = []
  let end = -1
  for (const edit of sorted) {
    if (edit.start < end || edit.start > edit.end || edit.end > text.length) continue
    applied.push(edit)
    end = edit.end
  }
  let result = text
  for (const edit of [...applied].reverse()) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return { text: result, applied }
}
