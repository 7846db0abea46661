import type { Paragraph } from 'mdast'
import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'

// A GFM delimiter row: `| --- | :---: |`. We parse CommonMark, where a table is
// just a paragraph of pipes, so it would slip into the data as text.
const delimiterRow = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/

/** Report a paragraph that is really a table, which the format does not define; returns whether it was one. */
export function reportTable(file: VFile, paragraph: Paragraph, where: string): boolean {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return false
  const lines = String(file.value).slice(start, end).split(/\r?\n/)
  if (lines.length < 2 || !lines[0]?.includes('|') || !delimiterRow.test(lines[1] ?? '')) return false
  report(
    file,
    `Unexpected table in ${where}, expected paragraphs; the format has no tables, write it as prose or a list`,
    {
      ruleId: coreRuleIds.unexpectedContent,
      place: paragraph
    }
  )
  return true
}
