import { basename } from 'node:path'
import { createDiagnostic, type Diagnostic } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import type { FileSummary } from './summary.js'

/** Two step files of one roadmap must not give the same step id. */
export function checkDuplicateSteps(summaries: ReadonlyArray<FileSummary>): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const seen = new Map<string, string>()
  for (const summary of summaries) {
    if (!summary.step) continue
    const name = basename(summary.path)
    const key = `${summary.roadmapId}/${summary.step.id}`
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, name)
      continue
    }
    diagnostics.push(
      createDiagnostic(
        summary.path,
        `Unexpected step id \`${summary.step.id}\` in \`${name}\`, already used by \`${first}\`; rename one of the files`,
        {
          ruleId: coreRuleIds.duplicateStepId,
          place: { line: 1, column: 1 }
        }
      )
    )
  }
  return diagnostics
}
