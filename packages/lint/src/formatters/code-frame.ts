import type { Span } from './diagnostics.js'

export interface CodeFrameOptions {
  /** Put before every line of the frame. */
  indent: string
  /** Style for the line-number gutter. */
  gutter: (text: string) => string
  /** Style for the `^^^` marker. */
  marker: (text: string) => string
  /** Width of the line number, so that the frames of one file line up; at least the number's own. */
  numberWidth?: number
  /** Characters of the line shown at most; a longer line is cut around the span, with `…` where it was cut. Default 160. */
  maxWidth?: number
}

/** Characters shown before the span when a long line is cut. */
const lead = 40

/**
 * The first line of a span with a line-number gutter, and a `^` under every
 * character of the span on that line (to the end of the line when the span
 * goes on to later lines). `undefined` when the text has no such line.
 *
 * @example
 *   codeFrame(['title: Backend'], { line: 1, column: 8, endLine: 1, endColumn: 15 }, options)
 *   // → '1 | title: Backend\n  |        ^^^^^^^'
 */
export function codeFrame(lines: ReadonlyArray<string>, span: Span, options: CodeFrameOptions): string | undefined {
  const text = lines[span.line - 1]
  if (text === undefined) return undefined
  const number = String(span.line).padStart(options.numberWidth ?? 0)
  let start = Math.min(span.column - 1, text.length)
  let end = span.endLine === span.line ? Math.min(span.endColumn - 1, text.length) : text.length
  let shown = text
  // A long line (minified HTML, a pasted blob, hostile input) is cut to a window around the span.
  const maxWidth = options.maxWidth ?? 160
  if (text.length > maxWidth) {
    const from = Math.max(0, Math.min(start - lead, text.length - maxWidth))
    const to = Math.min(text.length, from + maxWidth)
    shown = `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`
    const shift = from > 0 ? from - 1 : from
    start -= shift
    end = Math.min(end - shift, shown.length - (to < text.length ? 1 : 0))
  }
  // Keep tabs as tabs so the marker lines up with the text above it.
  const offset = shown.slice(0, start).replace(/[^\t]/g, ' ')
  const marker = '^'.repeat(Math.max(1, end - start))
  const source = `${options.gutter(`${number} |`)}${shown ? ` ${shown}` : ''}`
  const under = `${options.gutter(`${' '.repeat(number.length)} |`)} ${offset}${options.marker(marker)}`
  return `${options.indent}${source}\n${options.indent}${under}`
}
