import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import type { Frontmatter } from '../parse/frontmatter.js'
import { coreRuleIds } from '../rule-ids.js'
import { StepAliasSchema, TopicAliasSchema, type StepFrontmatter } from '../schema/frontmatter.js'
import { closest } from '../util/closest.js'
import type { Positions } from './positions.js'
import type { TopicDraft } from './topic.js'

/**
 * The step's `aliases`, read from the raw YAML like `requires`, so that the
 * checks across files still see them when another key is invalid. A
 * malformed entry is reported by the frontmatter schema and left out here.
 * Each alias is placed in `positions` by the list and its index.
 */
export function readStepAliases(frontmatter: Frontmatter<StepFrontmatter>, positions: Positions): string[] {
  const raw = (frontmatter.raw as { aliases?: unknown } | undefined)?.aliases
  const aliases: string[] = []
  if (!Array.isArray(raw)) return aliases
  raw.forEach((entry: unknown, index) => {
    if (typeof entry !== 'string' || !StepAliasSchema.safeParse(entry).success) return
    positions.setAt(aliases, aliases.length, frontmatter.positionOf(['aliases', index]))
    aliases.push(entry)
  })
  return aliases
}

/**
 * Give each topic its former keys from `topic-aliases`, and report an entry
 * that names no topic of this step (`alias-unknown-topic`), with the id it
 * probably meant.
 */
export function assignTopicAliases(
  file: VFile,
  frontmatter: Frontmatter<StepFrontmatter>,
  topics: ReadonlyArray<TopicDraft>,
  positions: Positions
): void {
  const raw = (frontmatter.raw as { 'topic-aliases'?: unknown } | undefined)?.['topic-aliases']
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return
  const byId = new Map(topics.map((topic) => [topic.id, topic]))
  for (const [topicId, keys] of Object.entries(raw)) {
    const topic = byId.get(topicId)
    if (!topic) {
      const suggestion = closest(topicId, byId.keys())
      const hint = suggestion
        ? `did you mean \`${suggestion}\`?`
        : `expected the id of one of its topics: ${[...byId.keys()].map((id) => `\`${id}\``).join(', ')}`
      report(file, `Cannot find topic \`${topicId}\` in this step for \`topic-aliases\`; ${hint}`, {
        ruleId: coreRuleIds.aliasUnknownTopic,
        place: frontmatter.keyPositionOf(['topic-aliases', topicId])
      })
      continue
    }
    if (!Array.isArray(keys)) continue
    keys.forEach((entry: unknown, index) => {
      if (typeof entry !== 'string' || !TopicAliasSchema.safeParse(entry).success) return
      positions.setAt(topic.aliases, topic.aliases.length, frontmatter.positionOf(['topic-aliases', topicId, index]))
      topic.aliases.push(entry)
    })
  }
}
