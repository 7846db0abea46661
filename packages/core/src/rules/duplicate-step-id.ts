import { basename } from 'node:path'
import { defineContentRule } from '../rule/define-rule.js'
import { coreRuleIds, ruleDocsUrl } from '../rule-ids.js'

/** Two step files of one roadmap must not give the same step id. */
export const duplicateStepId = defineContentRule(
  {
    id: coreRuleIds.duplicateStepId,
    description: 'Step ids are unique within a roadmap',
    defaultSeverity: 'error',
    url: ruleDocsUrl(coreRuleIds.duplicateStepId),
    implementedIn: ['packages/core/src/rules/duplicate-step-id.ts']
  },
  ({ files, report }) => {
    const seen = new Map<string, string>()
    for (const summary of files) {
      if (!summary.step) continue
      const name = basename(summary.path)
      const key = `${summary.roadmapId}/${summary.step.id}`
      const first = seen.get(key)
      if (first === undefined) {
        seen.set(key, name)
        continue
      }
      report(
        summary,
        `Unexpected step id \`${summary.step.id}\` in \`${name}\`, already used by \`${first}\`; rename one of the files`,
        { line: 1, column: 1 }
      )
    }
  }
)
