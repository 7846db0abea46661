import type { RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { markdownSource } from './markdown-source.js'
import { reportTable } from './table.js'
import { describeNode } from './topic.js'

const proseTypes = new Set(['paragraph', 'list', 'blockquote', 'code', 'heading', 'thematicBreak'])

/**
 * Prose: an introduction or a section body. `allowed` lists the block types the
 * format accepts there; others are reported and left out of the text.
 */
export function buildProse(
  file: VFile,
  nodes: ReadonlyArray<RootContent>,
  where: string,
  allowed: ReadonlySet<string> = proseTypes
): string {
  const kept: RootContent[] = []
  for (const node of nodes) {
    if (node.type === 'paragraph' && reportTable(file, node, where)) {
    } else if (allowed.has(node.type)) {
      kept.push(node)
    } else {
      report(file, `Unexpected ${describeNode(node)} in ${where}, expected Markdown prose`, {
        ruleId: coreRuleIds.unexpectedContent,
        place: node
      })
    }
  }
  return markdownSource(file, kept)
}

/** What a step introduction may hold: paragraphs and lists. */
export const stepIntroductionTypes: ReadonlySet<string> = new Set(['paragraph', 'list'])

/** What roadmap prose may hold: the common Markdown blocks and `###` sub-headings. */
export const roadmapProseTypes: ReadonlySet<string> = proseTypes
