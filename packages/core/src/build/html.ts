import type { Html, Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { isComment } from './markdown-source.js'

/**
 * Report HTML inside paragraphs, list items and other blocks: the format
 * allows only comments. HTML blocks directly under the root are reported by
 * the introduction, section and topic builders, which say where they are.
 * Closing tags are left out, so `<b>x</b>` is one problem.
 */
export function reportNestedHtml(file: VFile, tree: Root): void {
  // A stack, not recursion: however deep the tree, this cannot overflow.
  // HTML blocks directly under the root are the builders' to report.
  const stack: Nodes[] = tree.children.filter((child) => child.type !== 'html').reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'html') {
      if (!isComment(node) && !/^<\//.test(node.value)) reportHtml(file, node)
    } else if ('children' in node) {
      // Last child first, so that the first is popped next: document order.
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
    }
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
