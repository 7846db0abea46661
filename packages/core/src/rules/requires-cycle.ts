import { defineContentRule } from '../rule/define-rule.js'
import { coreRuleIds, ruleDocsUrl } from '../rule-ids.js'
import { findCycles, requirementGraph } from '../validate/requirements.js'

/** Requirements give an order to learn in: a cycle has none. */
export const requiresCycle = defineContentRule(
  {
    id: coreRuleIds.requiresCycle,
    description: '`requires` has no cycles',
    defaultSeverity: 'error',
    url: ruleDocsUrl(coreRuleIds.requiresCycle),
    implementedIn: ['packages/core/src/rules/requires-cycle.ts']
  },
  ({ files, report }) => {
    for (const cycle of findCycles(requirementGraph(files))) {
      // Reported once, at the entry that closes the cycle; the route starts there.
      const closing = cycle.at(-1) as (typeof cycle)[number]
      const route = [closing, ...cycle].map((edge) => `\`${edge.fromKey}\``).join(' → ')
      report(
        closing.summary,
        `Unexpected cycle in \`requires\`: ${route}; remove one of these requirements`,
        closing.reference.place
      )
    }
  }
)
