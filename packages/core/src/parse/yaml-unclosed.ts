/** A quote or flow bracket that opens a YAML value, at an offset of the YAML source. */
export interface YamlOpener {
  offset: number
  char: '[' | '{' | '"' | "'"
}

const closers = { '[': ']', '{': '}' } as const

/**
 * The quote or flow bracket still open at `end` of a YAML source: where a
 * mistake such as `title: [Draft` or `title: "Draft` really is, when the
 * parser only notices it lines later. One pass, no recursion. It follows just
 * enough of YAML to tell a `[` or a quote that opens a value (`key: [`,
 * `- "`, `[a, [`) from one inside plain text (`It's a [draft]`); block
 * scalars (`|`, `>`) and comments are skipped. Returns the innermost opener.
 *
 * @example
 *   unclosedOpener('title: [Draft\nsummary: S\n', 14) // { offset: 7, char: '[' }
 */
export function unclosedOpener(source: string, end = source.length): YamlOpener | undefined {
  const flow: YamlOpener[] = []
  let quote: YamlOpener | undefined
  // Whether the next character starts a value (where `[`, `{` and quotes open one).
  let atValue = true
  let lineIndent = 0
  let atLineStart = true
  /** Indent of the line whose block scalar (`|`, `>`) is being skipped. */
  let blockScalarIndent: number | undefined

  for (let index = 0; index < end; index++) {
    const char = source[index] as string
    if (quote) {
      if (quote.char === '"' && char === '\\') index++
      else if (quote.char === "'" && char === "'" && source[index + 1] === "'") index++
      else if (char === quote.char) quote = undefined
      continue
    }
    if (char === '\n' || char === '\r') {
      atLineStart = true
      lineIndent = 0
      if (flow.length === 0) atValue = true
      continue
    }
    if (atLineStart) {
      if (char === ' ') {
        lineIndent++
        continue
      }
      atLineStart = false
      if (blockScalarIndent !== undefined) {
        if (lineIndent > blockScalarIndent) {
          index = lineEnd(source, index, end) - 1
          continue
        }
        blockScalarIndent = undefined
      }
    }
    if (char === ' ' || char === '\t') continue
    if (char === '#' && /[ \t\r\n]/.test(source[index - 1] ?? '\n')) {
      index = lineEnd(source, index, end) - 1
      continue
    }
    if (atValue && (char === '"' || char === "'")) {
      quote = { offset: index, char }
      atValue = false
      continue
    }
    if (atValue && (char === '[' || char === '{')) {
      flow.push({ offset: index, char })
      continue
    }
    if (flow.length > 0) {
      const top = flow.at(-1) as YamlOpener
      if (char === closers[top.char as '[' | '{']) flow.pop()
      atValue = char === ',' || char === ':'
      continue
    }
    if (atValue && (char === '|' || char === '>')) {
      blockScalarIndent = lineIndent
      index = lineEnd(source, index, end) - 1
      continue
    }
    // Block context: `- `, `? ` and `key: ` are followed by a value.
    atValue = (char === '-' || char === '?' || char === ':') && /[ \t\r\n]/.test(source[index + 1] ?? '\n')
  }
  return quote ?? flow.at(-1)
}

function lineEnd(source: string, index: number, end: number): number {
  let at = index
  while (at < end && source[at] !== '\n' && source[at] !== '\r') at++
  return at
}
