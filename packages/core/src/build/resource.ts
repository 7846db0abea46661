import type { Link, List, ListItem, PhrasingContent } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { isComment } from './markdown-source.js'
import type { Positions } from './positions.js'

/** A resource as written, before validation: the kind may be missing or unknown. */
export interface ResourceDraft {
  title: string
  url: string
  kind: string | undefined
}

const example = '`- [Title](https://example.org/page "official")`'

/** Read a topic's resource list; every item must be exactly one link. */
export function buildResources(file: VFile, list: List, positions: Positions): ResourceDraft[] {
  const resources: ResourceDraft[] = []
  for (const item of list.children) {
    const link = soleLink(item)
    if (!link) {
      report(file, `Unexpected list item \`${excerpt(textOf(item))}\`, expected exactly one link such as ${example}`, {
        ruleId: coreRuleIds.resourceFormat,
        place: item
      })
      continue
    }
    const resource: ResourceDraft = {
      title: textOf(link).replace(/\s+/g, ' ').trim(),
      url: link.url,
      kind: link.title ?? undefined
    }
    positions.set(resource, link.position)
    resources.push(resource)
  }
  return resources
}

function soleLink(item: ListItem): Link | undefined {
  // A comment on its own line inside the item is a block of its own.
  const blocks = item.children.filter((child) => !isComment(child))
  const paragraph = blocks[0]
  if (blocks.length !== 1 || paragraph?.type !== 'paragraph') return undefined
  const meaningful = paragraph.children.filter((child: PhrasingContent) => !isBlank(child))
  const only = meaningful[0]
  return meaningful.length === 1 && only?.type === 'link' ? only : undefined
}

/** Whitespace and HTML comments (lint directives) do not count as content. */
function isBlank(node: PhrasingContent): boolean {
  if (node.type === 'html') return isComment(node)
  return node.type === 'text' && node.value.trim() === ''
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 40 ? `${line.slice(0, 39)}…` : line
}
