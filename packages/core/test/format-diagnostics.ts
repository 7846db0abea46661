import { relative, sep } from 'node:path'
import type { Point, Position } from 'unist'
import type { Diagnostic } from '../src/index.js'

/**
 * Each diagnostic as `file:line:column-endLine:endColumn ruleId reason`, with
 * `file` relative to `root` and `/` separators, so fixtures read the same on
 * every machine. A diagnostic placed at a point ends where it starts.
 */
export function diagnosticLines(diagnostics: ReadonlyArray<Diagnostic>, root: string): string[] {
  return diagnostics.map((diagnostic) => {
    const place = diagnostic.place as Position | Point | undefined
    const start = place && 'start' in place ? place.start : place
    const end = place && 'end' in place ? place.end : start
    const file = relative(root, diagnostic.file ?? '')
      .split(sep)
      .join('/')
    return `${file}:${start?.line}:${start?.column}-${end?.line}:${end?.column} ${diagnostic.ruleId} ${diagnostic.reason}`
  })
}
