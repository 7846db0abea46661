import type { Nodes } from 'mdast'
import type { VFile } from 'vfile'

/**
 * The Markdown source of `nodes`, exactly as written but with `\n` line
 * endings (a CRLF checkout gives the same dataset), blocks joined by a blank line.
 */
export function markdownSource(file: VFile, nodes: ReadonlyArray<Nodes>): string {
  const text = String(file.value)
  return nodes
    .map((node) => text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
    .join('\n\n')
    .replace(/\r\n?/g, '\n')
}

/**
 * HTML comments carry lint directives; they are the only HTML the format
 * allows. An HTML node is a comment when nothing but comments and white space
 * is in it (`<!-- a --> <!-- b -->` is, `<!-- a --><div>` is not).
 */
export function isComment(node: Nodes): boolean {
  return node.type === 'html' && /^\s*<!--/.test(node.value) && node.value.replace(/<!--[\s\S]*?-->/g, '').trim() === ''
}
