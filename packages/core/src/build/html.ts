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
  for (const child of tree.children) visit(file, child)
}

function visit(file: VFile, node: Nodes): void {
  if (!('children' in node)) return
  for (const child of node.children as Nodes[]) {
    if (child.type === 'html') {
      if (!isComment(child) && !/^<\//.test(child.value)) reportHtml(file, child)
    } else {
      visit(file, child)
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
