import type { Roadmap } from '../schema/roadmap.js'
import type { Step } from '../schema/step.js'
import type { Topic } from '../schema/topic.js'

/**
 * The roadmap with `id`.
 *
 * @example
 *   findRoadmap(roadmaps, 'backend')?.title
 */
export function findRoadmap(roadmaps: ReadonlyArray<Roadmap>, id: string): Roadmap | undefined {
  return roadmaps.find((roadmap) => roadmap.id === id)
}

/**
 * The step with `id` in `roadmap`.
 *
 * @example
 *   findStep(backend, 'databases')?.topics.length
 */
export function findStep(roadmap: Roadmap, id: string): Step | undefined {
  return roadmap.steps.find((step) => step.id === id)
}

/**
 * The topic with `topicId` in step `stepId` of `roadmap`.
 *
 * @example
 *   findTopic(backend, 'databases', 'indexing')?.resources
 */
export function findTopic(roadmap: Roadmap, stepId: string, topicId: string): Topic | undefined {
  return findStep(roadmap, stepId)?.topics.find((topic) => topic.id === topicId)
}
