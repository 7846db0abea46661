import { defineContentRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'

/** "A sixteen-step guide" next to a roadmap of 17 steps: counts written in prose go stale. */
export const proseCount = defineContentRule(
  {
    id: lintRuleIds.proseCount,
    description: 'Counts of steps and topics written in prose agree with the content',
    defaultSeverity: 'warning'
  },
  ({ files, report }) => {
    const steps = new Map<string, number>()
    for (const file of files) if (file.kind === 'step') steps.set(file.roadmapId, (steps.get(file.roadmapId) ?? 0) + 1)
    for (const file of files) {
      for (const claim of file.counts) {
        const actual = claim.noun === 'step' ? (steps.get(file.roadmapId) ?? 0) : file.step?.topics.length
        if (actual === undefined || actual === claim.count) continue
        const whole = claim.noun === 'step' ? `the \`${file.roadmapId}\` roadmap has` : 'this step has'
        const instead = claim.noun === 'step' ? 'the steps below' : 'the topics below'
        report(
          file,
          `Unexpected \`${claim.text}\`: ${whole} ${actual} ${claim.noun}${actual === 1 ? '' : 's'}; write “${instead}” instead of a number, which goes stale`,
          claim.place
        )
      }
    }
  }
)
