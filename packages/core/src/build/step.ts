import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { StepReference } from '../schema/id.js'
import { RequirementSchema, type StepFrontmatter } from '../schema/frontmatter.js'
import type { Frontmatter } from '../parse/frontmatter.js'
import { splitAtHeadings } from './headings.js'
import { reportNestedHtml } from './html.js'
import { buildProse, stepIntroductionTypes } from './introduction.js'
import type { Positions } from './positions.js'
import { buildTopic, type TopicDraft } from './topic.js'
import { assignTopicAliases, readStepAliases } from './aliases.js'
import { reportUnsafeLinks } from './unsafe-links.js'

/** A step as written: frontmatter fields are missing when they were invalid. */
export interface StepDraft {
  id: string
  order: number
  title: string | undefined
  summary: string | undefined
  level: StepFrontmatter['level'] | undefined
  /** When the step was last checked against its sources (`YYYY-MM-DD`), if the frontmatter says. */
  reviewed: string | undefined
  requires: StepReference[]
  /** Former keys, from `aliases`. */
  aliases: string[]
  introduction: string
  topics: TopicDraft[]
}

export interface StepIdentity {
  roadmapId: string
  stepId: string
  order: number
}

/** Build a step from its tree and frontmatter, reporting what the format does not define. */
export function buildStep(
  file: VFile,
  tree: Root,
  frontmatter: Frontmatter<StepFrontmatter>,
  identity: StepIdentity,
  positions: Positions
): StepDraft {
  const { introduction, blocks } = splitAtHeadings(file, tree.children, { allowSubheadings: false, noun: 'topic' })
  reportNestedHtml(file, tree)
  const data = frontmatter.data

  const step: StepDraft = {
    id: identity.stepId,
    order: identity.order,
    title: data?.title,
    summary: data?.summary,
    level: data?.level,
    reviewed: data ? data.reviewed : rawReviewed(frontmatter.raw),
    requires: readRequires(frontmatter, identity.roadmapId, positions),
    aliases: readStepAliases(frontmatter, positions),
    introduction: buildProse(file, introduction, 'the step introduction', stepIntroductionTypes),
    topics: blocks.map((block) => buildTopic(file, block, positions))
  }
  assignTopicAliases(file, frontmatter, step.topics, positions)
  // A resource's link is the very node its position was taken from: `resource-url` checks those.
  const resources = new Set(step.topics.flatMap((topic) => topic.resources.map((each) => positions.get(each))))
  reportUnsafeLinks(file, tree, resources)
  positions.set(step, tree.children[0]?.position ?? tree.position)
  return step
}

/**
 * `requires` as references, read from the raw YAML so that cross-file checks
 * still run when another frontmatter key (or another entry) is invalid.
 */
function readRequires(
  frontmatter: Frontmatter<StepFrontmatter>,
  roadmapId: string,
  positions: Positions
): StepReference[] {
  const raw = (frontmatter.raw as { requires?: unknown } | undefined)?.requires
  if (!Array.isArray(raw)) return []
  const references: StepReference[] = []
  raw.forEach((entry: unknown, index) => {
    // A malformed entry is already reported by the frontmatter schema.
    if (typeof entry !== 'string' || !RequirementSchema.safeParse(entry).success) return
    const [first, second] = entry.split('/', 2)
    const reference: StepReference =
      second === undefined ? { roadmap: roadmapId, step: first ?? '' } : { roadmap: first ?? '', step: second }
    positions.set(reference, frontmatter.positionOf(['requires', index]))
    references.push(reference)
  })
  return references
}

/**
 * `reviewed` as written, when another frontmatter key is invalid (the data is
 * then `undefined`): the linter's `review-date` must not call a date that is
 * there missing. A value that is no date is `frontmatter-invalid`'s to report.
 */
function rawReviewed(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('reviewed' in raw)) return undefined
  const value = (raw as { reviewed: unknown }).reviewed
  return typeof value === 'string' ? value : String(value)
}
