import type { List, Paragraph, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import type { Block } from './headings.js'
import { markdownSource } from './markdown-source.js'
import type { Positions } from './positions.js'
import { buildResources, type ResourceDraft } from './resource.js'

export interface TopicDraft {
  id: string
  title: string
  description: string
  resources: ResourceDraft[]
}

/**
 * A topic is paragraphs (its description) followed by one list of resources.
 * Anything else under a topic heading is reported.
 */
export function buildTopic(file: VFile, block: Block, positions: Positions): TopicDraft {
  const paragraphs: Paragraph[] = []
  let list: List | undefined

  for (const node of block.children) {
    if (node.type === 'paragraph' && !list) {
      paragraphs.push(node)
    } else if (node.type === 'list' && !list) {
      list = node
    } else {
      report(file, `Unexpected ${describeNode(node, Boolean(list))} in topic \`${block.title}\`, expected paragraphs and then one list of resources`, {
        ruleId: coreRuleIds.unexpectedContent,
        place: node
      })
    }
  }

  const topic: TopicDraft = {
    id: block.id,
    title: block.title,
    description: markdownSource(file, paragraphs),
    resources: list ? buildResources(file, list, positions) : []
  }
  positions.set(topic, block.heading.position)
  return topic
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
