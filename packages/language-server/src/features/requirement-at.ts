import type { FileSummary, RequirementSummary } from '@roadmap/core/pipeline-light'
import type { Position } from 'vscode-languageserver'
import { rangeOf } from '../diagnostics/to-lsp.js'
import { contains } from './offsets.js'

/**
 * The `requires` entry of a step under the cursor, with the file of the step
 * it names when the content has one.
 *
 * @example
 *   requirementAt(summary, position, project.summaries())?.target?.path
 */
export function requirementAt(
  file: FileSummary | undefined,
  position: Position,
  content: ReadonlyArray<FileSummary>
): { requirement: RequirementSummary; target: FileSummary | undefined } | undefined {
  const requirement = file?.step?.requires.find((each) => each.place && contains(rangeOf(each.place), position))
  if (!requirement) return undefined
  const target = content.find(
    (summary) => summary.roadmapId === requirement.roadmap && summary.step?.id === requirement.step
  )
  return { requirement, target }
}
