import { defineContentRule } from '../rule/define-rule.js'
import { coreRuleIds, ruleDocsUrl } from '../rule-ids.js'
import { requirementGraph, unknownReason } from '../validate/requirements.js'

/** Every `requires` entry names an existing step: where one moved, say where it went. */
export const requiresUnknown = defineContentRule(
  {
    id: coreRuleIds.requiresUnknown,
    description: '`requires` names existing steps',
    defaultSeverity: 'error',
    url: ruleDocsUrl(coreRuleIds.requiresUnknown),
    implementedIn: ['packages/core/src/rules/requires-unknown.ts']
  },
  ({ files, report }) => {
    const graph = requirementGraph(files)
    for (const requirement of graph.requirements) {
      if (requirement.target !== requirement.fromKey && !graph.steps.has(requirement.target))
        report(requirement.summary, unknownReason(requirement, graph), requirement.reference.place)
    }
  }
)
