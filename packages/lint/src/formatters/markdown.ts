import { severityOf } from '@roadmap/core/pipeline-light'
import { count, diagnosticsOf, pathOf, reasonWithRelated, spanOf, tally } from './diagnostics.js'
import type { Formatter } from './types.js'

/** Past this many rows the table stops; a step summary holds at most 1 MiB. */
export const maxRows = 200

/**
 * A Markdown summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment: a
 * heading, a one-line verdict and a table of problems. Messages keep their
 * Markdown (values are in backticks); only what would break the table is escaped.
 *
 * @example
 *   appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown(results, options))
 */
export const markdown: Formatter = (results) => {
  const diagnostics = diagnosticsOf(results)
  const heading = '### roadmap-lint'
  if (diagnostics.length === 0) return `${heading}\n\n✅ No problems\n`

  const { errors, warnings, files } = tally(diagnostics)
  const mark = errors > 0 ? '❌' : '⚠️'
  const verdict = `${mark} ${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(files, 'file')}`
  const rows = diagnostics.slice(0, maxRows).map(({ file, diagnostic }) => {
    const span = spanOf(diagnostic)
    const rule = diagnostic.ruleId ?? ''
    const ruleCell = rule && diagnostic.url ? `[${escapeText(rule)}](${escapeUrl(diagnostic.url)})` : escapeText(rule)
    const cells = [
      escapeText(pathOf(file)),
      `${span.line}:${span.column}`,
      severityOf(diagnostic),
      ruleCell,
      escapeCell(reasonWithRelated(diagnostic))
    ]
    return `| ${cells.join(' | ')} |`
  })
  const table = ['| File | Line | Severity | Rule | Message |', '| --- | --- | --- | --- | --- |', ...rows]
  const left = diagnostics.length - rows.length
  const more = left > 0 ? [`…and ${count(left, 'more problem')} not shown.`, ''] : []
  return [heading, '', verdict, '', ...table, '', ...more].join('\n')
}

/** Text that may hold Markdown: only a pipe or a line break would break the row. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>')
}

/** Plain text, such as a path: every character Markdown could read as syntax is escaped. */
function escapeText(text: string): string {
  return escapeCell(text.replace(/[\\`*_[\]<>#!~&]/g, '\\$&'))
}

/** A link destination that cannot end the link or the row early. */
function escapeUrl(url: string): string {
  return url.replace(/[\s()<>|]/g, (character) => {
    const code = character.charCodeAt(0).toString(16).toUpperCase()
    return `%${code.padStart(2, '0')}`
  })
}
