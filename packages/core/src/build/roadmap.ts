import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { RoadmapFrontmatter } from '../schema/frontmatter.js'
import type { Section } from '../schema/roadmap.js'
import type { Frontmatter } from '../parse/frontmatter.js'
import { splitAtHeadings } from './headings.js'
import { reportNestedHtml } from './html.js'
import { buildProse, roadmapProseTypes } from './introduction.js'
import type { Positions } from './positions.js'
import { reportUnsafeLinks } from './unsafe-links.js'

/** `roadmap.md` as written, without its steps. */
export interface RoadmapDraft {
  id: string
  title: string | undefined
  description: string | undefined
  updated: string | undefined
  tags: string[]
  introduction: string
  sections: Section[]
}

/** Build the roadmap's own data from `roadmap.md`. */
export function buildRoadmap(
  file: VFile,
  tree: Root,
  frontmatter: Frontmatter<RoadmapFrontmatter>,
  roadmapId: string,
  positions: Positions
): RoadmapDraft {
  const { introduction, blocks } = splitAtHeadings(file, tree.children, { allowSubheadings: true, noun: 'section' })
  reportNestedHtml(file, tree)
  reportUnsafeLinks(file, tree, new Set())
  const data = frontmatter.data

  const roadmap: RoadmapDraft = {
    id: roadmapId,
    title: data?.title,
    description: data?.description,
    updated: data?.updated,
    tags: data?.tags ?? [],
    introduction: buildProse(file, introduction, 'the roadmap introduction', roadmapProseTypes),
    sections: blocks.map((block) => {
      const section: Section = {
        id: block.id,
        title: block.title,
        body: buildProse(file, block.children, `section \`${block.title}\``, roadmapProseTypes)
      }
      positions.set(section, block.heading.position)
      return section
    })
  }
  positions.set(roadmap, tree.children[0]?.position ?? tree.position)
  return roadmap
}
