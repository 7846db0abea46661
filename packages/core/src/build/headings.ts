import type { Heading, RootContent } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import { slug } from 'github-slugger'
import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { isComment } from './markdown-source.js'

/** A `##` heading and the blocks under it, up to the next `##`. */
export interface Block {
  heading: Heading
  /** GitHub-style slug of the heading text: the topic or section id. */
  id: string
  title: string
  children: RootContent[]
}

export interface Blocks {
  /** Blocks before the first `##` heading (frontmatter and comments left out). */
  introduction: RootContent[]
  blocks: Block[]
}

export interface SplitOptions {
  /** Headings deeper than `##` that may appear inside a block as content. */
  allowSubheadings: boolean
  /** What a block is called in messages: `topic` or `section`. */
  noun: string
}

/**
 * Split a document body at its `##` headings, reporting `#` headings, headings
 * deeper than allowed and headings whose ids collide.
 */
export function splitAtHeadings(file: VFile, children: ReadonlyArray<RootContent>, options: SplitOptions): Blocks {
  const introduction: RootContent[] = []
  const blocks: Block[] = []
  const seen = new Map<string, Heading>()

  for (const node of children) {
    if (node.type === 'yaml' || isComment(node)) continue

    if (node.type === 'heading' && node.depth === 2) {
      const title = textOf(node, { includeHtml: false }).trim()
      const id = slug(title)
      const first = seen.get(id)
      if (first) {
        report(
          file,
          `Unexpected ${options.noun} heading \`${title}\` with id \`${id}\`, already used on line ${first.position?.start.line}; rename one of them`,
          { ruleId: coreRuleIds.duplicateHeadingId, place: node }
        )
      } else {
        seen.set(id, node)
      }
      blocks.push({ heading: node, id, title, children: [] })
      continue
    }

    if (node.type === 'heading' && (node.depth === 1 || !options.allowSubheadings)) {
      const marks = '#'.repeat(node.depth)
      const expected =
        node.depth === 1
          ? `the title lives in the frontmatter \`title\`; use \`##\` for a ${options.noun}`
          : `a step has one level of headings; use \`##\` for a ${options.noun} or write it as a paragraph`
      report(file, `Unexpected \`${marks}\` heading, expected \`##\`: ${expected}`, {
        ruleId: coreRuleIds.headingDepth,
        place: node
      })
      continue
    }

    const current = blocks.at(-1)
    if (current) current.children.push(node)
    else introduction.push(node)
  }

  return { introduction, blocks }
}
