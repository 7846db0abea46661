import type { Diagnostic as ContentDiagnostic } from '@roadmap/core/pipeline-light'
import type { Position as UnistPosition } from 'unist'
import { type Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver'

/**
 * The LSP range of a unist place: lines and columns from 1 to from 0. Both
 * count UTF-16 code units, the LSP's default position encoding. A point
 * (no end) is an empty range.
 *
 * @example
 *   rangeOf({ start: { line: 3, column: 5 }, end: { line: 3, column: 9 } }) // 2:4–2:8
 */
export function rangeOf(place: Partial<UnistPosition> | undefined): Range {
  const start = place?.start ?? { line: 1, column: 1 }
  const end = place?.end ?? start
  return {
    start: { line: Math.max(0, start.line - 1), character: Math.max(0, start.column - 1) },
    end: { line: Math.max(0, end.line - 1), character: Math.max(0, end.column - 1) }
  }
}

/**
 * An LSP diagnostic from a content diagnostic, as `roadmap-lint` prints it:
 * the same line and column, rule id (`code`), docs page (`codeDescription`),
 * severity and message; the places that explain it as related information.
 *
 * @example
 *   connection.sendDiagnostics({ uri, diagnostics: messages.map((message) => toLspDiagnostic(message, uri)) })
 */
export function toLspDiagnostic(message: ContentDiagnostic, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(message),
    severity: message.fatal === true ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'roadmap-lint',
    message: message.reason
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = { href: message.url }
  if (message.related?.length) {
    diagnostic.relatedInformation = message.related.map((related) => ({
      location: { uri, range: rangeOf('start' in related.place ? related.place : { start: related.place }) },
      message: related.message
    }))
  }
  return diagnostic
}

/** The range a diagnostic covers: its place, or the point it names. */
export function messageRange(message: ContentDiagnostic): Range {
  if (message.place && 'start' in message.place) return rangeOf(message.place)
  return rangeOf({ start: { line: message.line ?? 1, column: message.column ?? 1 } })
}
