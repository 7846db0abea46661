import { defineContentRule } from '../rule/define-rule.js'
import { coreRuleIds, ruleDocsUrl } from '../rule-ids.js'
import { stepKey } from '../validate/sources.js'
import type { AliasSummary, FileSummary } from '../validate/summary.js'

/** Where a key lives: the step or topic that has it, and its file (`roadmap-id/NN-step-id.md`). */
interface Owner {
  key: string
  level: 'step' | 'topic'
  file: string
}

/** `roadmap-id/file-name`: where a step file is within the content folder, however it was read. */
function contentFile(summary: FileSummary): string {
  return `${summary.roadmapId}/${summary.path.split(/[\\/]/).at(-1) ?? ''}`
}

/**
 * An alias (a former key in `aliases` or `topic-aliases`) leads to exactly one
 * place: it may not be a key that exists now, nor an alias of another step or
 * topic, in any roadmap. Reported at the alias, the later one of two.
 */
export const aliasCollision = defineContentRule(
  {
    id: coreRuleIds.aliasCollision,
    description: 'An alias is no live step or topic key, and no other alias',
    defaultSeverity: 'error',
    url: ruleDocsUrl(coreRuleIds.aliasCollision),
    implementedIn: ['packages/core/src/rules/alias-collision.ts']
  },
  ({ files: summaries, report }) => {
    const live = new Map<string, Owner>()
    for (const summary of summaries) {
      if (!summary.step) continue
      const step = stepKey(summary.roadmapId, summary.step.id)
      live.set(step, { key: step, level: 'step', file: contentFile(summary) })
      for (const topic of summary.step.topics) {
        const key = `${step}/${topic}`
        live.set(key, { key, level: 'topic', file: contentFile(summary) })
      }
    }
    const claimed = new Map<string, Owner>()
    for (const summary of summaries) {
      if (!summary.step) continue
      const step = stepKey(summary.roadmapId, summary.step.id)
      for (const alias of summary.step.aliases) {
        const owner: Owner = {
          key: alias.topic === undefined ? step : `${step}/${alias.topic}`,
          level: alias.topic === undefined ? 'step' : 'topic',
          file: contentFile(summary)
        }
        const reason = collision(alias, owner, live.get(alias.key), claimed.get(alias.key))
        if (reason === undefined) claimed.set(alias.key, owner)
        else report(summary, reason, alias.place)
      }
    }
  }
)

function collision(
  alias: AliasSummary,
  owner: Owner,
  live: Owner | undefined,
  claimed: Owner | undefined
): string | undefined {
  const written = `Unexpected alias \`${alias.key}\` of ${owner.level} \`${owner.key}\``
  if (live?.key === owner.key)
    return `${written}: it is the ${owner.level}'s own key; remove it (an alias is a key the ${owner.level} had before)`
  if (live)
    return `${written}: ${live.level} \`${live.key}\` has that key now (\`${live.file}\`), so stored progress would belong to both; remove the alias, or rename that ${live.level}`
  if (claimed)
    return `${written}: it is already an alias of ${claimed.level} \`${claimed.key}\` (\`${claimed.file}\`), and a former key can lead to one place only; keep it on one of them`
  return undefined
}
