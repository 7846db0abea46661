import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast'

/**
 * A Markdown tree as plain text, for readers that cannot show Markdown
 * (SARIF's `help.text`): inline markup dropped, a link's URL after its text,
 * code indented, list items bulleted, table cells split by `|`, blocks apart.
 * By hand because strip-markdown, the plain-text plugin for remark, drops code
 * blocks and tables, which hold a rule page's examples.
 *
 * @example
 *   plainText(fromMarkdown('Use [`https`](https://example.com/).')) // 'Use https (https://example.com/).'
 */
export function plainText(tree: Root): string {
  return blocks(tree.children).join('\n\n')
}

function blocks(nodes: ReadonlyArray<RootContent>): string[] {
  return nodes.flatMap((node) => {
    const text = block(node)
    return text === '' ? [] : [text]
  })
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return inline(node.children)
    case 'code':
      return node.value
        .split('\n')
        .map((line) => (line === '' ? '' : `    ${line}`))
        .join('\n')
    case 'list':
      return node.children
        .map((item, index) => {
          const bullet = node.ordered ? `${(node.start ?? 1) + index}. ` : '- '
          return bullet + indent(blocks(item.children).join('\n'), ' '.repeat(bullet.length))
        })
        .join('\n')
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inline(cell.children)).join(' | ')).join('\n')
    case 'blockquote':
      return indent(blocks(node.children).join('\n\n'), '  ', true)
    case 'html':
    case 'definition':
    case 'thematicBreak':
    case 'yaml':
      return ''
    default:
      return 'children' in node ? blocks((node as Parents).children as RootContent[]).join('\n\n') : ''
  }
}

function inline(nodes: ReadonlyArray<PhrasingContent | Nodes>): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value
        case 'break':
          return '\n'
        case 'image':
          return node.alt ?? ''
        case 'link': {
          const text = inline(node.children)
          return text === node.url ? text : `${text} (${node.url})`
        }
        case 'html':
          return ''
        default:
          return 'children' in node ? inline(node.children as PhrasingContent[]) : ''
      }
    })
    .join('')
}

/** Indent every line after the first (or every line) of `text`. */
function indent(text: string, by: string, first = false): string {
  return text
    .split('\n')
    .map((line, index) => ((index > 0 || first) && line !== '' ? by + line : line))
    .join('\n')
}
