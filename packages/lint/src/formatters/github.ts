import { severityOf } from '@roadmap/core/pipeline-light'
import { printable } from './ansi.js'
import { diagnosticsOf, pathOf, reasonWithRelated, spanOf } from './diagnostics.js'
import type { Formatter } from './types.js'

/**
 * GitHub Actions workflow commands, one line per problem, which GitHub shows as
 * annotations on the pull request's changed lines:
 * `::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE`.
 * Empty when there are no problems.
 *
 * @example
 *   if (process.env.GITHUB_ACTIONS === 'true') process.stdout.write(github(results, options))
 */
export const github: Formatter = (results) => {
  const lines = diagnosticsOf(results).map(({ file, diagnostic }) => {
    const span = spanOf(diagnostic)
    // The runner drops an annotation whose `col`/`endColumn` are set while it
    // spans several lines (actions/runner#2082, #4167), so those lose columns.
    const oneLine = span.endLine === span.line
    return command(
      severityOf(diagnostic),
      [
        ['file', pathOf(file)],
        ['line', span.line],
        ['col', oneLine ? span.column : undefined],
        ['endLine', span.endLine],
        ['endColumn', oneLine ? span.endColumn : undefined],
        ['title', diagnostic.ruleId]
      ],
      reasonWithRelated(diagnostic)
    )
  })
  return lines.map((line) => `${line}\n`).join('')
}

/**
 * A workflow command as `@actions/core` writes it (`command.ts`): properties
 * without a value are left out. Every value comes from content (a file name,
 * a message quoting it), and the log shows it to a terminal: control
 * characters (ESC, OSC, C1) become visible symbols, as `stylish` shows them.
 */
function command(
  name: string,
  properties: ReadonlyArray<readonly [string, string | number | null | undefined]>,
  message: string
): string {
  const set = properties.filter(([, value]) => value !== undefined && value !== null && value !== '')
  const list = set.map(([key, value]) => `${key}=${escapeProperty(visible(String(value)))}`).join(',')
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(visible(message))}`
}

/** `printable`, but line breaks stay: `escapeData` writes them as `%0A`, and the annotation shows them. */
function visible(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 1 ? part : printable(part)))
    .join('')
}

/** `escapeData` of `@actions/core`: a message may not hold a line break. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** `escapeProperty` of `@actions/core`: `:` and `,` also end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
