import type { ReadonlyRoadmap, ReadonlyStep } from '@roadmap/core'

/**
 * The stable id a learner's progress on one topic is stored under.
 *
 * @example
 *   topicKey('backend', 'databases', 'indexing') // 'backend/databases/indexing'
 */
export function topicKey(roadmapId: string, stepId: string, topicId: string): string {
  return `${roadmapId}/${stepId}/${topicId}`
}

/** The keys of every topic of `step`. */
export function stepTopicKeys(roadmapId: string, step: ReadonlyStep): string[] {
  return step.topics.map((topic) => topicKey(roadmapId, step.id, topic.id))
}

/** The keys of every topic of every step of `roadmap`. */
export function roadmapTopicKeys(roadmap: ReadonlyRoadmap): string[] {
  return roadmap.steps.flatMap((step) => stepTopicKeys(roadmap.id, step))
}
