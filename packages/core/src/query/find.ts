import type {
  HasRoadmap,
  HasStep,
  IdArgument,
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
 * known only at run time (a `string`), the result may be `undefined`. An
 * unknown id gives `undefined`, never an exception.
 *
 * @example
 *   findRoadmap(roadmaps, 'backend').title
 */
export function findRoadmap<const Roadmaps extends ReadonlyArray<RoadmapShape>, const Id extends string>(
  roadmaps: Roadmaps,
  id: IdArgument<Id, Roadmaps[number]['id']>
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
export function findStep<R extends RoadmapShape, const Id extends string>(
  roadmap: R,
  id: IdArgument<Id, StepIdOf<R>>
): Lookup<StepWithId<R, Id>, HasStep<R, Id>> {
  return (roadmap.steps as ReadonlyArray<StepIn<R>>).find((step) => step.id === id) as StepWithId<R, Id>
}

/**
 * The topic with `topicId` in step `stepId` of `roadmap`.
 *
 * @example
 *   findTopic(backend, 'databases', 'indexing')?.resources
 */
export function findTopic<R extends RoadmapShape, const S extends string, const T extends string>(
  roadmap: R,
  stepId: IdArgument<S, StepIdOf<R>>,
  topicId: IdArgument<T, TopicIdOf<R, S>>
): Lookup<TopicWithId<R, S, T>, HasStep<R, S>> {
  const step = (roadmap.steps as ReadonlyArray<StepIn<R>>).find((each) => each.id === stepId)
  return step?.topics.find((topic) => topic.id === topicId) as TopicWithId<R, S, T>
}
