import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { RuleHelp } from '../formatters/types.js'
import { plainText } from './plain-text.js'

const markdown = unified()
  .use(remarkParse)
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', fences: true, rule: '-' })

/**
 * A rule's help from its docs page (Markdown, at `url`): the page as Markdown
 * and as plain text, with every relative link made absolute against `url`,
 * since a report is read far from the docs folder.
 *
 * @example
 *   helpFromDocsPage('# `heading-id`\n\nSee [`heading-depth`](heading-depth.md).', ruleDocsUrl('heading-id'))
 */
export function helpFromDocsPage(page: string, url: string): RuleHelp {
  const tree = markdown.parse(page) as Root
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && URL.canParse(node.url, url))
      node.url = new URL(node.url, url).href
  })
  return { text: plainText(tree), markdown: markdown.stringify(tree) }
}
