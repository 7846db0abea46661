import { stepKey } from './keys.js'
import type { IdArgument, HasRoadmap, HasStep, Lookup, RoadmapShape, RoadmapWithId, StepIdOf } from './shapes.js'
import { reachableAfter, stepsByKey, type RoadmapStep } from './step-graph.js'

export type { RoadmapStep } from './step-graph.js'

/** Options of `prerequisitesOf` and `dependentsOf`. */
export interface StepGraphOptions {
  /** Only the steps named directly (`requires`), not the steps those name in turn. Default `false`. */
  direct?: boolean
}

/** Whether the typed dataset surely has the step `RoadmapId/StepId`. */
export type HasRoadmapStep<
  Roadmaps extends ReadonlyArray<RoadmapShape>,
  RoadmapId extends string,
  StepId extends string
> = HasRoadmap<Roadmaps, RoadmapId> extends true ? HasStep<RoadmapWithId<Roadmaps, RoadmapId>, StepId> : false

/**
 * What to finish before a step: the steps it requires, the steps those
 * require, and so on, across roadmaps, in an order to learn them (each after
 * its own prerequisites; otherwise in the order `requires` lists them). The
 * step itself is not included; `{ direct: true }` gives only its own
 * `requires`. `undefined` when `roadmaps` has no such step (on the typed
 * dataset an unknown id fails to compile); requirements naming a step that is
 * not in `roadmaps` are left out.
 *
 * @example
 *   prerequisitesOf(roadmaps, 'devops', 'containers').map(({ roadmap, step }) => `${roadmap.id}/${step.id}`)
 *   // ['devops/linux-and-shell', 'devops/networking', 'backend/programming-fundamentals']
 */
export function prerequisitesOf<
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
  const required = (entry: Entry): Entry[] =>
    entry.step.requires.flatMap((reference) => steps.get(stepKey(reference.roadmap, reference.step)) ?? [])
  if (options.direct) return required(start)
  return reachableAfter(start, required, (entry) => stepKey(entry.roadmap, entry.step))
}
