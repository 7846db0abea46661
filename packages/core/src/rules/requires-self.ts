import { defineContentRule } from '../rule/define-rule.js'
import { coreRuleIds, ruleDocsUrl } from '../rule-ids.js'
import { requirementGraph } from '../validate/requirements.js'

/** A step cannot be its own prerequisite. */
export const requiresSelf = defineContentRule(
  {
    id: coreRuleIds.requiresSelf,
    description: 'A step does not require itself',
    defaultSeverity: 'error',
    url: ruleDocsUrl(coreRuleIds.requiresSelf),
    implementedIn: ['packages/core/src/rules/requires-self.ts']
  },
  ({ files, report }) => {
    for (const { summary, fromKey, target, written, reference } of requirementGraph(files).requirements) {
      if (target === fromKey)
        report(
          summary,
          `Unexpected \`${written}\` in \`requires\`: a step cannot require itself; remove it`,
          reference.place
        )
    }
  }
)
