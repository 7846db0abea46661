import type { Nodes } from 'mdast'
import type { VFile } from 'vfile'

/** The Markdown source of `nodes`, exactly as written, blocks joined by a blank line. */
export function markdownSource(file: VFile, nodes: ReadonlyArray<Nodes>): string {
  const text = String(file.value)
  return nodes
    .map((node) => text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
    .join('\n\n')
}

/** HTML comments carry lint directives; they are the only HTML the format allows. */
export function isComment(node: Nodes): boolean {
  return node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())
}
