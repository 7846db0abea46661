import type { ReadonlyRoadmap, StepOf, TopicOf } from '../schema/readonly.js'

/**
 * The roadmap with `id`.
 *
 * @example
 *   findRoadmap(roadmaps, 'backend')?.title
 */
export function findRoadmap<R extends ReadonlyRoadmap>(roadmaps: ReadonlyArray<R>, id: string): R | undefined {
  return roadmaps.find((roadmap) => roadmap.id === id)
}

/**
 * The step with `id` in `roadmap`.
 *
 * @example
 *   findStep(backend, 'databases')?.topics.length
 */
export function findStep<R extends ReadonlyRoadmap>(roadmap: R, id: string): StepOf<R> | undefined {
  return roadmap.steps.find((step) => step.id === id) as StepOf<R> | undefined
}

/**
 * The topic with `topicId` in step `stepId` of `roadmap`.
 *
 * @example
 *   findTopic(backend, 'databases', 'indexing')?.resources
 */
export function findTopic<R extends ReadonlyRoadmap>(
  roadmap: R,
  stepId: string,
  topicId: string
): TopicOf<R> | undefined {
  return findStep(roadmap, stepId)?.topics.find((topic) => topic.id === topicId) as TopicOf<R> | undefined
}
