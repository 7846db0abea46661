import { severityOf } from '@roadmap/core/pipeline-light'
import stringWidth from 'string-width'
import type { VFile } from 'vfile'
import wrapAnsi from 'wrap-ansi'
import { paint, printable, type Paint } from './ansi.js'
import { codeFrame } from './code-frame.js'
import {
  count,
  diagnosticsOf,
  fixableLine,
  reasonWithRelated,
  pathOf,
  sourceLines,
  spanOf,
  tally,
  type FileDiagnostic,
  type Tally
} from './diagnostics.js'
import type { Formatter } from './types.js'

/** Columns when the options do not say (the CLI passes the terminal's). */
export const defaultWidth = 80

/** Narrowest message column worth keeping the rule id beside; narrower, it goes on a line of its own. */
const minMessageWidth = 30

/** Fewest columns a message or a source line is given, however narrow the terminal. */
const minRoom = 10

/**
 * Output for people at a terminal, after ESLint's `stylish`: problems grouped
 * by file, one aligned row each (`line:column  severity  message  rule-id`)
 * followed by the source line with the problem marked, then a summary and
 * the docs page of each rule that reported. The summary says how many
 * problems `--fix` can fix (those that carry a `fix`). A clean run says how
 * many files it checked, so an empty report is never mistaken for one that
 * did not run.
 *
 * Lines fit in `options.width` columns (default 80): a long message wraps in
 * its column, the rule ids stay in theirs, and a long source line is cut
 * around the problem. Only a URL longer than a line is never cut.
 *
 * @example
 *   process.stdout.write(stylish(results, { color: process.stdout.isTTY, rules, version, width: process.stdout.columns }))
 */
export const stylish: Formatter = (results, options) => {
  const diagnostics = diagnosticsOf(results)
  const styles = paint(options.color)
  if (diagnostics.length === 0) return `${styles.green(`✔ No problems in ${count(results.length, 'file')}`)}\n`
  const width = options.width ?? defaultWidth
  const groups = groupByFile(diagnostics).map(({ file, diagnostics }) => formatFile(file, diagnostics, styles, width))
  return `${groups.join('\n\n')}\n\n${summary(tally(diagnostics), styles)}\n${ruleDocs(diagnostics, styles, width)}`
}

/**
 * Where each rule that reported is documented, once per rule, in order of id:
 * a table when it fits the width, else each URL under its rule id (a URL is
 * never cut: it could not be opened).
 */
function ruleDocs(diagnostics: ReadonlyArray<FileDiagnostic>, styles: Paint, width: number): string {
  const urls = new Map<string, string>()
  for (const { diagnostic } of diagnostics)
    if (diagnostic.ruleId && diagnostic.url) urls.set(printable(diagnostic.ruleId), printable(diagnostic.url))
  if (urls.size === 0) return ''
  const ids = [...urls.keys()].sort()
  const idWidth = widest(ids.map((id) => stringWidth(id)))
  const fits = ids.every((id) => 2 + idWidth + 2 + stringWidth(urls.get(id) as string) <= width)
  const rows = ids.map((id) => {
    const url = styles.dim(urls.get(id) as string)
    return fits ? `  ${pad(id, stringWidth(id), idWidth)}  ${url}` : `  ${id}\n    ${url}`
  })
  return `\nRule docs:\n${rows.join('\n')}\n`
}

function formatFile(file: VFile, diagnostics: ReadonlyArray<FileDiagnostic>, styles: Paint, width: number): string {
  const lines = sourceLines(file)?.map(printable)
  const rows = diagnostics.map(({ diagnostic }) => {
    const span = spanOf(diagnostic)
    const ruleId = printable(diagnostic.ruleId ?? '')
    const reason = reasonWithRelated(diagnostic)
      .split(/\r\n|\r|\n/)
      .map(printable)
    return { diagnostic, span, position: `${span.line}:${span.column}`, ruleId, reason }
  })
  const numberWidth = String(widest(rows.map((row) => row.span.line))).length
  const positionWidth = widest(rows.map((row) => row.position.length))
  // A message of several lines goes on under its first line, in the message column.
  const hanging = ' '.repeat(2 + positionWidth + 2 + 'warning'.length + 2)
  const room = Math.max(width - hanging.length, minRoom)
  const ruleWidth = widest(rows.map((row) => stringWidth(row.ruleId)))
  // Rule ids in a column of their own beside the messages, while that leaves the messages room.
  const beside = room - 2 - ruleWidth >= minMessageWidth
  const messageWidth = beside ? room - 2 - ruleWidth : room
  const wrapped = rows.map((row) => row.reason.flatMap((line) => wrap(line, messageWidth)))
  const firstWidth = widest(wrapped.map(([first = '']) => stringWidth(first)))
  // The frame's line: indent, number, ` | `, and the text with a `…` at each end where it was cut.
  const frameWidth = Math.max(width - 4 - numberWidth - 3 - 2, minRoom)
  const body = rows.map(({ diagnostic, span, position, ruleId }, index) => {
    const [first = '', ...rest] = wrapped[index] as string[]
    const severity = severityOf(diagnostic)
    const tone = severity === 'error' ? styles.red : styles.yellow
    const row = [
      '  ',
      pad(styles.dim(position), position.length, positionWidth),
      '  ',
      pad(tone(severity), severity.length, 'warning'.length),
      '  ',
      ruleId && beside ? `${pad(first, stringWidth(first), firstWidth)}  ${styles.dim(ruleId)}` : first
    ].join('')
    const more = rest.map((line) => `${hanging}${line}`)
    if (ruleId && !beside) more.push(`${hanging}${styles.dim(ruleId)}`)
    const frame =
      lines &&
      codeFrame(lines, span, { indent: '    ', gutter: styles.dim, marker: tone, numberWidth, maxWidth: frameWidth })
    return [row.trimEnd(), ...more.map((line) => line.trimEnd()), ...(frame ? [frame] : [])].join('\n')
  })
  return `${styles.underline(printable(pathOf(file)) || '<unnamed file>')}\n${body.join('\n')}`
}

/** `✖ 9 problems (3 errors, 6 warnings)`, and how many of them `--fix` can fix. */
function summary({ errors, warnings, fixable }: Tally, styles: Paint): string {
  const tone = errors > 0 ? styles.red : styles.yellow
  const text = `✖ ${count(errors + warnings, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')})`
  const fix = fixableLine(fixable)
  return [text, ...(fix ? [`  ${fix}`] : [])].map((line) => styles.bold(tone(line))).join('\n')
}

/**
 * `text` in lines of at most `width` columns, broken at spaces. A word longer
 * than a line (a URL, a path) starts a line of its own and is cut there, so
 * that it stays in one piece as far as it can.
 */
function wrap(text: string, width: number): string[] {
  return wrapAnsi(text, width, { hard: false })
    .split('\n')
    .flatMap((line) => (stringWidth(line) > width ? wrapAnsi(line, width, { hard: true }).split('\n') : [line]))
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
