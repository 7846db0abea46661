import type { Html, Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { isComment } from './markdown-source.js'

/**
 * Report HTML inside paragraphs, list items and other blocks: the format
 * allows only comments. HTML blocks directly under the root are reported by
 * the introduction, section and topic builders, which say where they are.
 * A closing tag that closes a tag reported before it in the same block is
 * left out, so `<b>x</b>` is one problem; a stray one (`</b>` alone) is
 * reported, or the page would silently drop it.
 */
export function reportNestedHtml(file: VFile, tree: Root): void {
  // A stack, not recursion: however deep the tree, this cannot overflow.
  // HTML blocks directly under the root are the builders' to report.
  const stack: Nodes[] = tree.children.filter((child) => child.type !== 'html').reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('children' in node)) continue
    const open = new Map<string, number>()
    for (const child of node.children) {
      if (child.type === 'html' && !isComment(child)) {
        const closing = /^<\/([a-z][\w-]*)/i.exec(child.value)?.[1]?.toLowerCase()
        const count = closing === undefined ? 0 : (open.get(closing) ?? 0)
        if (closing !== undefined && count > 0) open.set(closing, count - 1)
        else reportHtml(file, child)
        const opening = /^<([a-z][\w-]*)[^>]*?(\/)?>?$/i.exec(child.value.split('\n', 1)[0] ?? '')
        if (closing === undefined && opening?.[1] && !opening[2]) {
          const name = opening[1].toLowerCase()
          open.set(name, (open.get(name) ?? 0) + 1)
        }
      }
    }
    // Last child first, so that the first is popped next: document order.
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
}

function reportHtml(file: VFile, node: Html): void {
  const tag = node.value.split('\n', 1)[0] ?? ''
  const shown = tag.length > 40 ? `${tag.slice(0, 39)}…` : tag
  report(file, `Unexpected HTML \`${shown}\`, expected Markdown; only comments (\`<!-- … -->\`) are allowed`, {
    ruleId: coreRuleIds.unexpectedContent,
    place: node
  })
}
