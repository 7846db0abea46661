import type { Node, Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { ruleDocsUrl } from './rule-ids.js'

/** How much a problem matters: an `error` fails a lint run, a `warning` does not. */
export type Severity = 'error' | 'warning'

/**
 * A problem in content: a vfile message with a place (start and end), a rule
 * id, a source, a docs URL, the file path and a severity (`fatal` is `true` for
 * errors and `false` for warnings).
 */
export type Diagnostic = VFileMessage & {
  /** Other places that explain the problem, such as where a parser gave up. */
  related?: RelatedPlace[]
  /** How to fix the problem, when a rule knows for sure (`roadmap-lint --fix` applies it). */
  fix?: Fix
}

/**
 * A fix: replace the text from offset `range[0]` up to `range[1]` (UTF-16
 * code units of the file's text, as unist offsets count) with `text`. An
 * insertion has an empty range, a deletion an empty `text`. As ESLint's
 * `problem.fix`.
 */
export interface Fix {
  range: readonly [start: number, end: number]
  text: string
}

/** A place related to a problem, with what happens there. */
export interface RelatedPlace {
  message: string
  place: Position | Point
}

export interface DiagnosticInit {
  ruleId: string
  /** The rule's docs page (default: the core's page for `ruleId`). */
  url?: string | undefined
  place?: Position | Point | Node | undefined
  severity?: Severity
  /** The package or tool that found the problem. */
  source?: string
  /** The error behind the problem, such as a failed file read. */
  cause?: unknown
  /** Other places that explain the problem. */
  related?: ReadonlyArray<RelatedPlace>
  /** How to fix the problem. */
  fix?: Fix | undefined
}

/**
 * Report a problem on `file` and return the message.
 *
 * @example
 *   report(file, 'Unexpected `###` heading, expected `##`', { ruleId: 'heading-depth', place: node })
 */
export function report(file: VFile, reason: string, init: DiagnosticInit): Diagnostic {
  const message = createDiagnostic(file.path, reason, init)
  file.messages.push(message)
  return message
}

/**
 * A problem in the file at `path`, not yet added to any file: for checks
 * that read summaries, not files.
 *
 * @example
 *   createDiagnostic('content/backend/03-databases.md', 'Cannot find step …', { ruleId: 'requires-unknown', place })
 */
export function createDiagnostic(path: string, reason: string, init: DiagnosticInit): Diagnostic {
  const place = toPlace(init.place)
  const message = new VFileMessage(reason, {
    ruleId: init.ruleId,
    source: init.source ?? 'roadmap',
    ...(place ? { place } : {}),
    ...(init.cause instanceof Error ? { cause: init.cause } : {})
  })
  message.file = path
  message.url = init.url ?? ruleDocsUrl(init.ruleId)
  message.fatal = (init.severity ?? 'error') === 'error'
  if (init.related && init.related.length > 0) (message as Diagnostic).related = [...init.related]
  if (init.fix) (message as Diagnostic).fix = init.fix
  return message
}

/** The severity of a diagnostic (`fatal: true` is an error). */
export function severityOf(diagnostic: Diagnostic): Severity {
  return diagnostic.fatal === true ? 'error' : 'warning'
}

function toPlace(place: DiagnosticInit['place']): Position | Point | undefined {
  if (!place) return undefined
  if ('type' in place) return (place as Node).position
  return place as Position | Point
}
