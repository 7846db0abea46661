import type { Root } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'

/**
 * `text` with everything but its prose blanked out (each character a space,
 * line breaks kept, so offsets stay): the text of paragraphs, headings, list
 * items and link texts, and the frontmatter values at `values`. Code spans,
 * code blocks, HTML, URLs and link destinations are never prose.
 *
 * @example
 *   proseOnly('Use `npm ci` here.', tree, []) // 'Use          here.'
 */
export function proseOnly(text: string, tree: Root | undefined, values: ReadonlyArray<Position | undefined>): string {
  const keep: Array<[number, number]> = []
  for (const value of values) {
    if (value?.start.offset !== undefined && value.end.offset !== undefined)
      keep.push([value.start.offset, value.end.offset])
  }
  if (tree) {
    visit(tree, 'text', (node, _index, parent) => {
      // An autolink's text is its URL.
      if (parent?.type === 'link' && /^(?:[a-z][a-z\d+.-]*:|www\.)/i.test(node.value)) return
      const { start, end } = node.position ?? {}
      if (start?.offset !== undefined && end?.offset !== undefined) keep.push([start.offset, end.offset])
    })
  }
  const characters = text.replace(/[^\n]/g, ' ').split('')
  for (const [start, end] of keep) {
    for (let offset = start; offset < end; offset++) characters[offset] = text[offset] as string
  }
  return characters.join('')
}
