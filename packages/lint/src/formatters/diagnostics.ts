import { severityOf } from '@roadmap/core/pipeline-light'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/**
 * Where a diagnostic is, with every field filled in: lines and columns count
 * from 1, and `endColumn` is the column just after the last character, as in
 * unist positions and SARIF regions. A point has its end equal to its start.
 */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** A diagnostic together with the file it was found in. */
export interface FileDiagnostic {
  file: VFile
  diagnostic: VFileMessage
}

/** How many problems of each severity, in how many files, and how many `--fix` can fix. */
export interface Tally {
  errors: number
  warnings: number
  files: number
  fixable: number
}

/**
 * The span of a diagnostic. A missing line or column is 1; an end that is
 * missing, or that comes before the start, is the start.
 *
 * @example
 *   spanOf(file.message('Unexpected `x`', { place: { line: 3, column: 5 } }))
 *   // → { line: 3, column: 5, endLine: 3, endColumn: 5 }
 */
export function spanOf(diagnostic: VFileMessage): Span {
  const place = diagnostic.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  const line = positive(diagnostic.line) ?? positive(start?.line) ?? 1
  const column = positive(diagnostic.column) ?? positive(start?.column) ?? 1
  const endLine = positive(end?.line) ?? line
  const endColumn = positive(end?.column) ?? column
  if (endLine < line || (endLine === line && endColumn < column)) {
    return { line, column, endLine: line, endColumn: column }
  }
  return { line, column, endLine, endColumn }
}

/**
 * Every diagnostic of every file, in one stable order whatever order the
 * results came in: by file path, line, column, then rule id. Strings compare
 * by code unit, not by locale, so the order is the same on every machine.
 */
export function diagnosticsOf(results: ReadonlyArray<VFile>): FileDiagnostic[] {
  const all = results.flatMap((file) => file.messages.map((diagnostic) => ({ file, diagnostic })))
  return all.sort((a, b) => {
    const spanA = spanOf(a.diagnostic)
    const spanB = spanOf(b.diagnostic)
    return (
      compareText(pathOf(a.file), pathOf(b.file)) ||
      spanA.line - spanB.line ||
      spanA.column - spanB.column ||
      compareText(a.diagnostic.ruleId ?? '', b.diagnostic.ruleId ?? '')
    )
  })
}

/** A place related to a diagnostic (`related` of `@roadmap/core`'s diagnostics), as a span. */
export interface RelatedSpan extends Span {
  message: string
}

/**
 * The related places of a diagnostic, such as where a parser gave up on the
 * mistake the diagnostic points at; `[]` for most.
 */
export function relatedOf(diagnostic: VFileMessage): RelatedSpan[] {
  const related = (diagnostic as { related?: unknown }).related
  if (!Array.isArray(related)) return []
  return related.map((entry: { message: string; place: VFileMessage['place'] }) => ({
    ...spanOf({ place: entry.place } as VFileMessage),
    message: entry.message
  }))
}

/**
 * The reason with each related place on a line of its own under it, for
 * formats of plain text: `… expected a \`]\`\n↳ 3:1 The YAML parser stopped here: …`.
 */
export function reasonWithRelated(diagnostic: VFileMessage): string {
  return [
    diagnostic.reason,
    ...relatedOf(diagnostic).map((related) => `↳ ${related.line}:${related.column} ${related.message}`)
  ].join('\n')
}

/** Count errors, warnings, the files that have at least one of either, and the problems `--fix` can fix. */
export function tally(diagnostics: ReadonlyArray<FileDiagnostic>): Tally {
  const errors = diagnostics.filter(({ diagnostic }) => severityOf(diagnostic) === 'error').length
  const files = new Set(diagnostics.map(({ file }) => file)).size
  const fixable = diagnostics.filter(({ diagnostic }) => isFixable(diagnostic)).length
  return { errors, warnings: diagnostics.length - errors, files, fixable }
}

/**
 * Whether `--fix` can fix a diagnostic: it carries its fix as `fix`
 * (`{ range: [start, end], text }`), as ESLint's problems do.
 *
 * @example
 *   isFixable(Object.assign(file.message('Unexpected `*`'), { fix: { range: [0, 1], text: '-' } })) // true
 */
export function isFixable(diagnostic: VFileMessage): boolean {
  const fix = (diagnostic as { fix?: unknown }).fix
  return typeof fix === 'object' && fix !== null && 'range' in fix
}

/** `3 problems can be fixed with \`--fix\``, or `undefined` when none can. */
export function fixableLine(fixable: number): string | undefined {
  return fixable > 0 ? `${count(fixable, 'problem')} can be fixed with \`--fix\`` : undefined
}

/** `1 error`, `2 errors`: a count with its noun. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** The path of a file as the results give it, or `''` for a file made without one. */
export function pathOf(file: VFile): string {
  // vfile types `path` as a string, but it is `undefined` until one is set.
  return (file.path as string | undefined) ?? ''
}

/** The lines of a file's text, or `undefined` when the file has none. */
export function sourceLines(file: VFile): string[] | undefined {
  if (file.value === undefined) return undefined
  // unist counts `\r\n`, `\r` and `\n` each as one line ending.
  return String(file).split(/\r\n|\r|\n/)
}

function positive(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
