import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { RoadmapSchema, type Roadmap } from '../schema/roadmap.js'
import type { Step } from '../schema/step.js'
import type { RoadmapSource } from './sources.js'

/**
 * Put a roadmap together from its files. Returns `undefined` when any of its
 * files has an error: a roadmap is published whole or not at all.
 */
export function assembleRoadmap(source: RoadmapSource): Roadmap | undefined {
  const files: VFile[] = [...source.others, ...source.steps.map((step) => step.file)]
  if (source.roadmap) files.push(source.roadmap.file)
  if (files.some((file) => file.messages.some((message) => message.fatal === true))) return undefined

  const roadmap = source.roadmap?.value
  if (!roadmap) return undefined
  const steps = source.steps
    .map((step) => step.value)
    .filter((step): step is Step => step !== undefined)
    .sort((a, b) => a.order - b.order)

  const result = RoadmapSchema.safeParse({ ...roadmap, steps })
  if (result.success) return result.data
  // Each file was valid on its own, so this is a bug in the parser, not in the content.
  const file = source.roadmap?.file as VFile
  report(file, `Unexpected invalid roadmap after validation: ${result.error.message}; please report this bug`, {
    ruleId: coreRuleIds.unexpectedContent,
    place: { line: 1, column: 1 }
  })
  return undefined
}
