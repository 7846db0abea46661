import type { Position } from 'vscode-languageserver'

/** What the cursor is on in a content file, for completion. */
export type CursorContext =
  /** At a top-level key of the frontmatter, typed so far: `prefix`. */
  | { kind: 'key'; prefix: string; present: ReadonlySet<string> }
  /** At the value of a top-level key, after `key: `. */
  | { kind: 'value'; key: string; prefix: string }
  /** At an entry of a list under a key, block (`- x`) or flow (`[a, x`). */
  | { kind: 'list-entry'; key: string; prefix: string }
  /** In the title of a resource link, `[text](url "…`. */
  | { kind: 'resource-kind'; prefix: string }
  | { kind: 'none' }

const keyLine = /^([A-Za-z][\w-]*)\s*:/
const flowList = /^([A-Za-z][\w-]*)\s*:\s*\[(?:[^\]]*,)?\s*([^,\]\s]*)$/
const blockEntry = /^\s+-\s*([^\s#]*)$/
const resourceTitle = /^\s*[-*+]\s+\[.*\]\(\S*\s+"([^"]*)$/

/**
 * Where the cursor is, read from the lines around it. Written by hand (not
 * with the YAML parser) because completion runs on text being typed, which is
 * seldom valid YAML, and only the current line and the key above it matter.
 *
 * @example
 *   cursorContext(text.split('\n'), { line: 3, character: 8 }) // { kind: 'value', key: 'level', prefix: '' }
 */
export function cursorContext(lines: ReadonlyArray<string>, position: Position): CursorContext {
  const before = (lines[position.line] ?? '').slice(0, position.character)
  const end = frontmatterEnd(lines)
  if (end === undefined || position.line === 0 || position.line >= end) {
    const title = resourceTitle.exec(before)
    return title ? { kind: 'resource-kind', prefix: title[1] ?? '' } : { kind: 'none' }
  }
  const flow = flowList.exec(before)
  if (flow) return { kind: 'list-entry', key: flow[1] ?? '', prefix: flow[2] ?? '' }
  const entry = blockEntry.exec(before)
  if (entry) {
    const key = parentKey(lines, position.line)
    return key ? { kind: 'list-entry', key, prefix: entry[1] ?? '' } : { kind: 'none' }
  }
  const value = /^([A-Za-z][\w-]*)\s*:\s*([^\s#]*)$/.exec(before)
  if (value) return { kind: 'value', key: value[1] ?? '', prefix: value[2] ?? '' }
  if (/^[A-Za-z\w-]*$/.test(before)) {
    const present = new Set<string>()
    for (let line = 1; line < end; line++) {
      const key = line === position.line ? undefined : keyLine.exec(lines[line] ?? '')?.[1]
      if (key) present.add(key)
    }
    return { kind: 'key', prefix: before, present }
  }
  return { kind: 'none' }
}

/** The line of the frontmatter's closing `---`, or the end of the text while it is being typed; `undefined` without frontmatter. */
function frontmatterEnd(lines: ReadonlyArray<string>): number | undefined {
  if (lines[0]?.trimEnd() !== '---') return undefined
  for (let line = 1; line < lines.length; line++) if (lines[line]?.trimEnd() === '---') return line
  return lines.length
}

function parentKey(lines: ReadonlyArray<string>, from: number): string | undefined {
  for (let line = from - 1; line > 0; line--) {
    const text = lines[line] ?? ''
    const key = keyLine.exec(text)?.[1]
    if (key) return key
    if (!/^\s/.test(text) && text.trim() !== '') return undefined
  }
  return undefined
}
