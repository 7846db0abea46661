import { RoadmapSchema, type Roadmap } from '../schema/roadmap.js'
import type { Step } from '../schema/step.js'
import type { RoadmapDraft } from '../build/roadmap.js'

/**
 * Put a roadmap together from `roadmap.md`'s validated value and its steps'.
 * Call it only for a roadmap none of whose files has an error: a roadmap is
 * published whole or not at all. `error` is set when the whole does not
 * validate although each part did: a bug in the parser, not in the content.
 */
export function assembleRoadmap(
  roadmap: RoadmapDraft,
  steps: ReadonlyArray<Step>
): { roadmap: Roadmap } | { error: string } {
  const result = RoadmapSchema.safeParse({ ...roadmap, steps: [...steps].sort((a, b) => a.order - b.order) })
  if (result.success) return { roadmap: result.data }
  return { error: `Unexpected invalid roadmap after validation: ${result.error.message}; please report this bug` }
}

/** A file's validated model, as a run kept it: `roadmap.md`'s own data or a step. */
export interface FileModel {
  roadmapId: string
  model: { kind: 'roadmap'; value: RoadmapDraft } | { kind: 'step'; value: Step }
}

/**
 * The dataset from every file's validated model: each roadmap with its steps,
 * sorted by id. For content without errors (the build refuses otherwise); a
 * roadmap without `roadmap.md` is left out. `errors` lists the roadmaps whose
 * whole did not validate: a bug in the parser.
 */
export function assembleRoadmaps(files: Iterable<FileModel>): { roadmaps: Roadmap[]; errors: string[] } {
  const parts = new Map<string, { roadmap: RoadmapDraft | undefined; steps: Step[] }>()
  for (const { roadmapId, model } of files) {
    const part = parts.get(roadmapId) ?? { roadmap: undefined, steps: [] }
    parts.set(roadmapId, part)
    if (model.kind === 'roadmap') part.roadmap = model.value
    else part.steps.push(model.value)
  }
  const roadmaps: Roadmap[] = []
  const errors: string[] = []
  for (const [id, part] of [...parts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!part.roadmap) continue
    const assembled = assembleRoadmap(part.roadmap, part.steps)
    if ('roadmap' in assembled) roadmaps.push(assembled.roadmap)
    else errors.push(`${id}: ${assembled.error}`)
  }
  return { roadmaps, errors }
}
