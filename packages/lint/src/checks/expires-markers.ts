import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** An `<!-- expires: YYYY-MM-DD -->` comment: its date as written and its offsets. */
export interface ExpiresMarker {
  date: string
  start: number
  end: number
}

const marker = /<!--\s*expires:\s*([^\s>]*)\s*-->/gi

/**
 * The `expires` markers of a file: HTML comments in its Markdown (never in
 * code, where a comment is only text).
 *
 * @example
 *   expiresMarkers(tree) // [{ date: '2027-03-31', start: 412, end: 440 }]
 */
export function expiresMarkers(tree: Root | undefined): ExpiresMarker[] {
  const markers: ExpiresMarker[] = []
  if (!tree) return markers
  visit(tree, 'html', (node) => {
    const offset = node.position?.start.offset
    if (offset === undefined) return
    for (const match of node.value.matchAll(marker)) {
      markers.push({ date: match[1] ?? '', start: offset + match.index, end: offset + match.index + match[0].length })
    }
  })
  return markers
}
