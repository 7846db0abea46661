import type { YAMLError } from 'yaml'

/** A diagnostic for a YAML error, at the offending token, with how to fix it. */
export interface YamlHint {
  reason: string
  /** Offsets of the YAML source the diagnostic points at. */
  range: readonly [number, number]
  /** Offsets of the value the hint is about: later errors inside it are the same mistake. */
  covers: readonly [number, number]
}

/** Characters that give a value after them a meaning other than text, when they start it. */
const valueOpeners = new Set(['"', "'", '[', '{', '*', '&', '!'])

/**
 * A message for the YAML errors that a contributor makes by writing a title
 * or summary as plain text, which say what the yaml package cannot: where the
 * mistake is and that quotes fix it. `title: Containers: images` is reported
 * at the `: ` (the parser points at the value), `` title: `npm` basics `` at
 * the backtick, `title: [Draft] APIs` at the text after `]`; each with the
 * line written right. `undefined` for the other errors, which keep the
 * parser's reason.
 *
 * @example
 *   yamlHint(parseDocument('title: A: b').errors[0], 'title: A: b')
 *   // { reason: 'Unexpected `: ` in the value of `title` (YAML reads it as a nested key), expected the value in quotes: `title: "A: b"`', range: [8, 10], covers: [7, 11] }
 */
export function yamlHint(error: YAMLError, source: string): YamlHint | undefined {
  const start = error.pos[0]
  const line = lineAt(source, start)
  const pair = /^[ \t]*(?:-[ \t]+)*([^\s:#'"[{][^:#]*?)[ \t]*:[ \t]+/.exec(line.text)
  const key = pair?.[1]
  const subject = key ? `the value of \`${key}\`` : 'the value'
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const colon = nestedKeyColon(source, start)
      if (colon === undefined) return undefined
      const colonLine = lineAt(source, colon)
      const oneLine = colonLine.start === line.start
      const fix = oneLine && key ? `: ${code(`${key}: ${quoted(valueText(source, start, line.end))}`)}` : ''
      return {
        reason: `Unexpected \`: \` in ${subject} (YAML reads it as a nested key), expected the value in quotes${fix}`,
        range: [colon, source[colon + 1] === ' ' ? colon + 2 : colon + 1],
        covers: [start, colonLine.end]
      }
    }
    case 'BAD_SCALAR_START': {
      const char = source[start] ?? ''
      const fix = key ? `: ${code(`${key}: ${quoted(valueText(source, start, line.end))}`)}` : ''
      return {
        reason: `Unexpected ${code(char)} at the start of ${subject} (YAML reserves it), expected the value in quotes${fix}`,
        range: [start, start + 1],
        covers: [start, line.end]
      }
    }
    case 'UNEXPECTED_TOKEN': {
      // Text after a value that ended early: `"Quoted" rest`, `[Draft] APIs`, `*nix basics`.
      const opened = line.start + (pair?.[0].length ?? 0)
      if (!pair || opened >= start || !valueOpeners.has(source[opened] ?? '')) return undefined
      const before = source.slice(opened, start).trimEnd()
      const extra = source.slice(start, error.pos[1])
      return {
        reason: `Unexpected ${code(extra)} after ${code(before)} in ${subject}, expected the whole value in quotes: ${code(`${key}: ${quoted(valueText(source, opened, line.end))}`)}`,
        range: [error.pos[0], error.pos[1]],
        covers: [opened, line.end]
      }
    }
    case 'TAB_AS_INDENT':
      return {
        reason: 'Unexpected tab in the indentation, expected spaces (YAML does not allow tabs there)',
        range: [error.pos[0], error.pos[1]],
        covers: [error.pos[0], error.pos[1]]
      }
    default:
      return undefined
  }
}

/** The `:` after `start` that makes a plain value a key: one followed by a space, a tab or a line end. */
function nestedKeyColon(source: string, start: number): number | undefined {
  const colon = /:(?=[ \t\r\n]|$)/g
  colon.lastIndex = start
  const found = colon.exec(source)
  return found ? found.index : undefined
}

function lineAt(source: string, offset: number): { start: number; end: number; text: string } {
  const start = Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1)) + 1
  const end = /[\r\n]/g
  end.lastIndex = offset
  const stop = end.exec(source)?.index ?? source.length
  return { start, end: stop, text: source.slice(start, stop) }
}

/** The value from `start` to the line's end, without a trailing comment. */
function valueText(source: string, start: number, end: number): string {
  return source
    .slice(start, end)
    .replace(/[ \t]+#.*$/, '')
    .trim()
}

/** Values longer than this are cut in the hint: the code frame shows the whole line. */
const maxShown = 60

/**
 * `value` as a quoted YAML scalar that reads back as the same text: in single
 * quotes when it has double quotes and no single ones, else in JSON's double
 * quotes (JSON strings are YAML). Cut after `maxShown` characters with `…`.
 */
function quoted(value: string): string {
  const shown = value.length > maxShown ? `${value.slice(0, maxShown).replace(/\s+\S*$/, '')} …` : value
  if (shown.includes('"') && !shown.includes("'")) return `'${shown}'`
  return JSON.stringify(shown)
}

/** `text` as a Markdown code span, fenced by more backticks than any run in it (CommonMark). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
