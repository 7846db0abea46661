import type {
  HasRoadmap,
  HasStep,
  Lookup,
  RoadmapShape,
  RoadmapWithId,
  StepIdOf,
  StepIn,
  StepWithId,
  TopicIdOf,
  TopicWithId
} from './shapes.js'

/**
 * The roadmap with `id`. On the typed dataset (`@roadmap/core/data`) the id
 * autocompletes, a typo fails to compile and the result is defined; for an id
 * known only at run time, widen the list: `findRoadmap(roadmaps as readonly ReadonlyRoadmap[], id)`.
 * An unknown id gives `undefined`, never an exception.
 *
 * @example
 *   findRoadmap(roadmaps, 'backend').title
 */
export function findRoadmap<const Roadmaps extends ReadonlyArray<RoadmapShape>, Id extends Roadmaps[number]['id']>(
  roadmaps: Roadmaps,
  id: Id
): Lookup<RoadmapWithId<Roadmaps, Id>, HasRoadmap<Roadmaps, Id>> {
  return roadmaps.find((roadmap) => roadmap.id === id) as RoadmapWithId<Roadmaps, Id>
}

/**
 * The step with `id` in `roadmap`; defined on a roadmap of the typed dataset,
 * where the id is checked.
 *
 * @example
 *   findStep(backend, 'databases').topics.length
 */
export function findStep<R extends RoadmapShape, Id extends StepIdOf<R>>(
  roadmap: R,
  id: Id
): Lookup<StepWithId<R, Id>, HasStep<R, Id>> {
  return (roadmap.steps as ReadonlyArray<StepIn<R>>).find((step) => step.id === id) as StepWithId<R, Id>
}

/**
 * The topic with `topicId` in step `stepId` of `roadmap`.
 *
 * @example
 *   findTopic(backend, 'databases', 'indexing')?.resources
 */
export function findTopic<R extends RoadmapShape, S extends StepIdOf<R>, T extends TopicIdOf<R, S>>(
  roadmap: R,
  stepId: S,
  topicId: T
): Lookup<TopicWithId<R, S, T>, HasStep<R, S>> {
  const step = (roadmap.steps as ReadonlyArray<StepIn<R>>).find((each) => each.id === stepId)
  return step?.topics.find((topic) => topic.id === topicId) as TopicWithId<R, S, T>
}
