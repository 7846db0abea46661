import type { Position } from 'unist'
import type { VFile } from 'vfile'
import type { Document, YAMLError } from 'yaml'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { yamlHint } from './yaml-hints.js'
import { unclosedOpener, type YamlOpener } from './yaml-unclosed.js'

/**
 * Report the YAML parser's errors and warnings, each where the mistake is:
 * an unclosed `[`, `{` or quote at the opener, with the place the parser gave
 * up as related information; a plain value that YAML misreads (a `: ` in it,
 * a reserved first character, text after a quoted part) at the offending
 * token with a hint to quote it (`yaml-hints.ts`), once per value;
 * frontmatter with CR-only line endings, which YAML does not read as line
 * breaks, once, as that.
 */
export function reportYamlProblems(
  file: VFile,
  document: Document,
  source: string,
  toPosition: (start: number, end: number) => Position,
  describe: (error: YAMLError) => { reason: string; range: readonly [number, number] } = (error) => ({
    reason: `Unexpected YAML: ${yamlReason(error.message)}`,
    range: [error.pos[0], error.pos[1]]
  })
): void {
  const lineBreak = /\r(?!\n)/.exec(source)
  if (document.errors.length > 0 && lineBreak) {
    report(
      file,
      'Unexpected carriage return (CR) line ending in the frontmatter: YAML reads only LF and CRLF as line breaks; convert the file to LF line endings (`\\n`)',
      { ruleId: coreRuleIds.yamlSyntax, place: toPosition(lineBreak.index, lineBreak.index + 1) }
    )
    return
  }

  const movedFrom = new Set<number>()
  const hinted: Array<readonly [number, number]> = []
  for (const error of [...document.errors, ...document.warnings]) {
    const isError = document.errors.includes(error)
    if (hinted.some(([start, end]) => error.pos[0] >= start && error.pos[0] <= end)) continue
    const opener = isError ? unclosedOpener(source, error.pos[0]) : undefined
    if (opener && movedFrom.has(opener.offset)) continue
    if (opener) {
      movedFrom.add(opener.offset)
      report(file, unclosedReason(opener), {
        ruleId: coreRuleIds.yamlSyntax,
        place: toPosition(opener.offset, opener.offset + 1),
        related: [
          {
            message: `The YAML parser stopped here: ${yamlReason(error.message)}`,
            place: toPosition(error.pos[0], error.pos[1])
          }
        ]
      })
      continue
    }
    const hint = isError ? yamlHint(error, source) : undefined
    if (hint) hinted.push(hint.covers)
    const { reason, range } = hint ?? describe(error)
    report(file, reason, {
      ruleId: coreRuleIds.yamlSyntax,
      place: toPosition(range[0], range[1]),
      severity: isError ? 'error' : 'warning'
    })
  }
}

function unclosedReason(opener: YamlOpener): string {
  switch (opener.char) {
    case '[':
      return 'Unexpected unclosed `[` in the frontmatter, expected a `]` to end the list; add it, or put the value in quotes if the `[` is part of the text (`title: "[Draft] APIs"`)'
    case '{':
      return 'Unexpected unclosed `{` in the frontmatter, expected a `}` to end the map; add it, or put the value in quotes if the `{` is part of the text'
    default:
      return `Unexpected unclosed \`${opener.char}\` in the frontmatter, expected a closing \`${opener.char}\` to end the value; add it where the value ends`
  }
}

/** The yaml package's message without the place it appends (" at line L, column C"): the diagnostic has the place. */
export function yamlReason(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\.$/, '')
}
