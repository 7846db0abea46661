import { basename, dirname } from 'node:path'
import { classifyContentPath } from '@roadmap/core/pipeline-light'
import { defineContentRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'

/**
 * Step numbers give the order, so each step of a roadmap has its own. Gaps
 * are allowed: a roadmap numbered 10, 20, 30 has room to insert a step
 * without renaming the others.
 */
export const stepNumbering = defineContentRule(
  {
    id: lintRuleIds.stepNumbering,
    description: 'Step files of a roadmap each have their own number (gaps are allowed)',
    defaultSeverity: 'error'
  },
  ({ files, report }) => {
    const byRoadmap = new Map<string, Array<{ order: number; name: string; entry: (typeof files)[number] }>>()
    const roadmapFolders = new Set(files.filter((entry) => entry.roadmapId).map((entry) => dirname(entry.path)))
    for (const entry of files) {
      // The number comes from the file name, so a step that cannot be read
      // (a dangling link, a folder named like a step) still holds its place:
      // its own message says what is wrong with it.
      const folder = dirname(entry.path)
      const path = classifyContentPath(entry.path)
      if (path.kind !== 'step' || !roadmapFolders.has(folder)) continue
      const steps = byRoadmap.get(folder) ?? []
      steps.push({ order: path.order, name: basename(entry.path), entry })
      byRoadmap.set(folder, steps)
    }

    for (const steps of byRoadmap.values()) {
      steps.sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : 1))
      let previous: (typeof steps)[number] | undefined
      for (const step of steps) {
        if (previous && step.order === previous.order) {
          report(
            step.entry,
            `Unexpected step number \`${pad(step.order)}\` in \`${step.name}\`, already used by \`${previous.name}\`; give each step its own number (gaps are fine)`,
            { line: 1, column: 1 }
          )
        }
        previous = step
      }
    }
  }
)

function pad(order: number): string {
  return String(order).padStart(2, '0')
}
