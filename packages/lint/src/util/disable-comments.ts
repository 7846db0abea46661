import type { Root } from 'mdast'
import type { Position } from 'unist'
import { walk } from './walk.js'

/** A `<!-- roadmap-lint-disable-… -->` comment. */
export interface DisableComment {
  /** The line it silences: the next one (`disable-next-line`) or its own (`disable-line`). */
  line: number
  /** The rule ids it names; empty for every rule that can be silenced. */
  rules: Set<string>
  /** Where the comment is. */
  position: Position
}

const directive = /^<!--\s*roadmap-lint-disable-(next-line|line)\b([\s\S]*?)-->$/

/**
 * The disable comments of a file:
 * `<!-- roadmap-lint-disable-next-line rule-id other-rule -->` on the line
 * before, or `<!-- roadmap-lint-disable-line rule-id -->` at the end of a line.
 *
 * @example
 *   readDisableComments(parsed.tree) // [{ line: 8, rules: Set { 'url-shortener' }, position }]
 */
export function readDisableComments(tree: Root): DisableComment[] {
  const comments: DisableComment[] = []
  walk(tree, 'html', (node) => {
    const match = directive.exec(node.value.trim())
    if (!match || !node.position) return
    const rules = new Set((match[2] ?? '').split(/[\s,]+/).filter(Boolean))
    const line = match[1] === 'next-line' ? node.position.end.line + 1 : node.position.start.line
    comments.push({ line, rules, position: node.position })
  })
  return comments
}
