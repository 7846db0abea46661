import { report, type Diagnostic } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import type { RoadmapSource } from './sources.js'

/** Two step files of one roadmap must not give the same step id. */
export function checkDuplicateSteps(source: RoadmapSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const seen = new Map<string, string>()
  for (const step of source.steps) {
    if (!step.draft) continue
    const name = step.file.basename ?? ''
    const first = seen.get(step.draft.id)
    if (first === undefined) {
      seen.set(step.draft.id, name)
      continue
    }
    diagnostics.push(
      report(
        step.file,
        `Unexpected step id \`${step.draft.id}\` in \`${name}\`, already used by \`${first}\`; rename one of the files`,
        { ruleId: coreRuleIds.duplicateStepId, place: { line: 1, column: 1 } }
      )
    )
  }
  return diagnostics
}
