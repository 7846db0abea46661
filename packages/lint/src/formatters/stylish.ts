import { severityOf } from '@roadmap/core/pipeline-light'
import type { VFile } from 'vfile'
import { paint, printable, type Paint } from './ansi.js'
import { codeFrame } from './code-frame.js'
import {
  count,
  diagnosticsOf,
  reasonWithRelated,
  pathOf,
  sourceLines,
  spanOf,
  tally,
  type FileDiagnostic
} from './diagnostics.js'
import type { Formatter } from './types.js'

/**
 * Output for people at a terminal, after ESLint's `stylish`: problems grouped
 * by file, one aligned row each (`line:column  severity  message  rule-id`)
 * followed by the source line with the problem marked, then a summary and
 * the docs page of each rule that reported. A clean run says how many files
 * it checked, so an empty report is never mistaken for one that did not run.
 *
 * @example
 *   process.stdout.write(stylish(results, { color: process.stdout.isTTY, rules, version }))
 */
export const stylish: Formatter = (results, options) => {
  const diagnostics = diagnosticsOf(results)
  const styles = paint(options.color)
  if (diagnostics.length === 0) return `${styles.green(`✔ No problems in ${count(results.length, 'file')}`)}\n`
  const groups = groupByFile(diagnostics).map(({ file, diagnostics }) => formatFile(file, diagnostics, styles))
  return `${groups.join('\n\n')}\n\n${summary(tally(diagnostics), styles)}\n${ruleDocs(diagnostics, styles)}`
}

/** Where each rule that reported is documented, once per rule, in order of id. */
function ruleDocs(diagnostics: ReadonlyArray<FileDiagnostic>, styles: Paint): string {
  const urls = new Map<string, string>()
  for (const { diagnostic } of diagnostics)
    if (diagnostic.ruleId && diagnostic.url) urls.set(printable(diagnostic.ruleId), printable(diagnostic.url))
  if (urls.size === 0) return ''
  const ids = [...urls.keys()].sort()
  const width = widest(ids.map((id) => id.length))
  return `\nRule docs:\n${ids.map((id) => `  ${id.padEnd(width)}  ${styles.dim(urls.get(id) as string)}`).join('\n')}\n`
}

function formatFile(file: VFile, diagnostics: ReadonlyArray<FileDiagnostic>, styles: Paint): string {
  const lines = sourceLines(file)?.map(printable)
  const rows = diagnostics.map(({ diagnostic }) => {
    const span = spanOf(diagnostic)
    const [first = '', ...rest] = reasonWithRelated(diagnostic)
      .split(/\r\n|\r|\n/)
      .map(printable)
    return { diagnostic, span, position: `${span.line}:${span.column}`, first, rest }
  })
  const numberWidth = String(widest(rows.map((row) => row.span.line))).length
  const positionWidth = widest(rows.map((row) => row.position.length))
  const messageWidth = widest(rows.map((row) => row.first.length))
  const body = rows.map(({ diagnostic, span, position, first, rest }) => {
    const severity = severityOf(diagnostic)
    const tone = severity === 'error' ? styles.red : styles.yellow
    const ruleId = printable(diagnostic.ruleId ?? '')
    const row = [
      '  ',
      pad(styles.dim(position), position.length, positionWidth),
      '  ',
      pad(tone(severity), severity.length, 'warning'.length),
      '  ',
      ruleId ? `${first.padEnd(messageWidth)}  ${styles.dim(ruleId)}` : first
    ].join('')
    // A message of several lines goes on under its first line, in the message column.
    const hanging = ' '.repeat(2 + positionWidth + 2 + 'warning'.length + 2)
    const more = rest.map((line) => `${hanging}${line}`)
    const frame = lines && codeFrame(lines, span, { indent: '    ', gutter: styles.dim, marker: tone, numberWidth })
    return [row.trimEnd(), ...more, ...(frame ? [frame] : [])].join('\n')
  })
  return `${styles.underline(printable(pathOf(file)) || '<unnamed file>')}\n${body.join('\n')}`
}

function summary({ errors, warnings }: { errors: number; warnings: number }, styles: Paint): string {
  const text = `✖ ${count(errors + warnings, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')})`
  return styles.bold(errors > 0 ? styles.red(text) : styles.yellow(text))
}

/** The largest of `numbers`; unlike `Math.max(...numbers)`, fine with any number of them. */
function widest(numbers: ReadonlyArray<number>): number {
  return numbers.reduce((max, number) => Math.max(max, number), 0)
}

/** Pad styled text by its visible `length`: ANSI codes take no room on screen. */
function pad(styled: string, length: number, width: number): string {
  return styled + ' '.repeat(Math.max(0, width - length))
}

function groupByFile(diagnostics: ReadonlyArray<FileDiagnostic>) {
  const groups: Array<{ file: VFile; diagnostics: FileDiagnostic[] }> = []
  for (const entry of diagnostics) {
    const last = groups.at(-1)
    if (last?.file === entry.file) last.diagnostics.push(entry)
    else groups.push({ file: entry.file, diagnostics: [entry] })
  }
  return groups
}
