import { severityOf } from '@roadmap/core/pipeline-light'
import { count, diagnosticsOf, fixableLine, pathOf, reasonWithRelated, spanOf, tally } from './diagnostics.js'
import { linkCell, messageCell, textCell } from './markdown-escape.js'
import type { Formatter } from './types.js'

/** Past this many rows the table stops; a step summary holds at most 1 MiB. */
export const maxRows = 200

/**
 * A Markdown summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment: a
 * heading, a one-line verdict (with how many problems `--fix` can fix) and a
 * table of problems. Messages keep their
 * code spans (values are in backticks); everything else in every cell is
 * text, whatever the content put in it (`markdown-escape.ts`).
 *
 * @example
 *   appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown(results, options))
 */
export const markdown: Formatter = (results) => {
  const diagnostics = diagnosticsOf(results)
  const heading = '### roadmap-lint'
  if (diagnostics.length === 0) return `${heading}\n\n✅ No problems\n`

  const { errors, warnings, files, fixable } = tally(diagnostics)
  const mark = errors > 0 ? '❌' : '⚠️'
  const fix = fixableLine(fixable)
  const verdict = `${mark} ${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(files, 'file')}${fix ? `; ${fix}` : ''}`
  const rows = diagnostics.slice(0, maxRows).map(({ file, diagnostic }) => {
    const span = spanOf(diagnostic)
    const cells = [
      textCell(pathOf(file)),
      `${span.line}:${span.column}`,
      severityOf(diagnostic),
      linkCell(diagnostic.ruleId ?? '', diagnostic.url ?? undefined),
      messageCell(reasonWithRelated(diagnostic))
    ]
    return `| ${cells.join(' | ')} |`
  })
  const table = ['| File | Line | Severity | Rule | Message |', '| --- | --- | --- | --- | --- |', ...rows]
  const left = diagnostics.length - rows.length
  const more = left > 0 ? [`…and ${count(left, 'more problem')} not shown.`, ''] : []
  return [heading, '', verdict, '', ...table, '', ...more].join('\n')
}
