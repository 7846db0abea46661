import type { VFile } from 'vfile'
import type { RoadmapParseResult, StepParseResult } from '../parse/parse-file.js'

/** One roadmap folder as parsed: `roadmap.md` and its step files. */
export interface RoadmapSource {
  id: string
  /** `undefined` when the folder has no `roadmap.md` (reported on `missing`). */
  roadmap: RoadmapParseResult | undefined
  steps: StepParseResult[]
  /** Files of the folder that match no part of the layout. */
  others: VFile[]
}

/** `roadmap-id/step-id`: how steps are named across roadmaps. */
export function stepKey(roadmapId: string, stepId: string): string {
  return `${roadmapId}/${stepId}`
}
