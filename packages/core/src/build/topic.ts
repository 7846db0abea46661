import type { List, Paragraph, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import type { Block } from './headings.js'
import { markdownSource } from './markdown-source.js'
import { reportTable } from './table.js'
import type { Positions } from './positions.js'
import { buildResources, type ResourceDraft } from './resource.js'

export interface TopicDraft {
  id: string
  title: string
  /** Former keys, from the step's `topic-aliases`. */
  aliases: string[]
  description: string
  resources: ResourceDraft[]
}

/**
 * A topic is paragraphs (its description) followed by one list of resources.
 * Anything else under a topic heading is reported.
 */
export function buildTopic(file: VFile, block: Block, positions: Positions): TopicDraft {
  const paragraphs: Paragraph[] = []
  const lists: List[] = []
  let list: List | undefined

  for (const node of block.children) {
    if (node.type === 'paragraph' && !list) {
      if (!reportTable(file, node, `topic \`${block.title}\``)) paragraphs.push(node)
    } else if (node.type === 'list' && (!list || onlyCommentsBetween(file, list, node))) {
      list = node
      lists.push(node)
    } else {
      report(
        file,
        `Unexpected ${describeNode(node, Boolean(list))} in topic \`${block.title}\`, expected paragraphs and then one list of resources`,
        {
          ruleId: coreRuleIds.unexpectedContent,
          place: node
        }
      )
    }
  }

  const topic: TopicDraft = {
    id: block.id,
    title: block.title,
    aliases: [],
    description: markdownSource(file, paragraphs),
    resources: lists.flatMap((part) => buildResources(file, part, positions))
  }
  positions.set(topic, block.heading.position)
  return topic
}

/**
 * A comment line between two resources (`<!-- roadmap-lint-disable-next-line … -->`)
 * ends a Markdown list; the list after it continues the same resource list.
 */
function onlyCommentsBetween(file: VFile, before: List, after: List): boolean {
  const between = String(file.value).slice(before.position?.end.offset ?? 0, after.position?.start.offset ?? 0)
  return between.includes('<!--') && between.replace(/<!--[\s\S]*?-->/g, '').trim() === ''
}

export function describeNode(node: RootContent, afterList = false): string {
  switch (node.type) {
    case 'paragraph':
      return afterList ? 'paragraph after the resource list' : 'paragraph'
    case 'list':
      return afterList ? 'second list' : 'list'
    case 'code':
      return 'code block'
    case 'blockquote':
      return 'block quote'
    case 'thematicBreak':
      return 'thematic break'
    case 'html':
      return 'HTML'
    case 'definition':
      return 'link definition'
    case 'heading':
      return `\`${'#'.repeat(node.depth)}\` heading`
    default:
      return `\`${node.type}\``
  }
}
