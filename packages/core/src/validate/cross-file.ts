import type { Diagnostic } from '../diagnostic.js'
import { checkDuplicateSteps } from './duplicate-steps.js'
import { checkRequires } from './requires.js'
import type { RoadmapSource } from './sources.js'

/**
 * The checks that need more than one file: duplicate step ids and `requires`.
 * Messages are also added to the files they belong to.
 */
export function checkCrossFile(sources: ReadonlyArray<RoadmapSource>): Diagnostic[] {
  return [...sources.flatMap((source) => checkDuplicateSteps(source)), ...checkRequires(sources)]
}
