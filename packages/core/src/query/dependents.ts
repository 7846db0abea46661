import { stepKey } from './keys.js'
import type { HasRoadmapStep, StepGraphOptions } from './prerequisites.js'
import type { IdArgument, Lookup, RoadmapShape, RoadmapWithId, StepIdOf } from './shapes.js'
import { reachableAfter, stepsByKey, type RoadmapStep } from './step-graph.js'

/**
 * What a step opens up: the steps that require it, the steps that require
 * those, and so on, across roadmaps (the inverse of `prerequisitesOf`), in an
 * order to learn them: each after the ones it requires among them. The step
 * itself is not included; `{ direct: true }` gives only the steps whose
 * `requires` name it, in dataset order. `undefined` when `roadmaps` has no
 * such step (on the typed dataset an unknown id fails to compile).
 *
 * @example
 *   dependentsOf(roadmaps, 'backend', 'programming-fundamentals', { direct: true }).map(({ step }) => step.id)
 */
export function dependentsOf<
  const Roadmaps extends ReadonlyArray<RoadmapShape>,
  const RoadmapId extends string,
  const StepId extends string
>(
  roadmaps: Roadmaps,
  roadmapId: IdArgument<RoadmapId, Roadmaps[number]['id']>,
  stepId: IdArgument<StepId, StepIdOf<RoadmapWithId<Roadmaps, RoadmapId>>>,
  options: StepGraphOptions = {}
): Lookup<Array<RoadmapStep<Roadmaps[number]>>, HasRoadmapStep<Roadmaps, RoadmapId, StepId>> {
  type Entry = RoadmapStep<Roadmaps[number]>
  const steps = stepsByKey<Roadmaps[number]>(roadmaps)
  const start = steps.get(stepKey(roadmapId, stepId))
  if (!start) return undefined as never
  const dependents = new Map<string, Entry[]>()
  for (const entry of steps.values())
    for (const reference of entry.step.requires) {
      const key = stepKey(reference.roadmap, reference.step)
      const list = dependents.get(key) ?? []
      // A step that names another twice depends on it once.
      if (!list.includes(entry)) list.push(entry)
      dependents.set(key, list)
    }
  const next = (entry: Entry): Entry[] => dependents.get(stepKey(entry.roadmap, entry.step)) ?? []
  if (options.direct) return next(start)
  // Post-order on the inverse edges puts the farthest dependents first: reversed, each comes after what it requires.
  return reachableAfter(start, next, (entry) => stepKey(entry.roadmap, entry.step)).reverse()
}
