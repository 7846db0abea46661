import {
  findTopicByKey,
  topicKey,
  type SkeletonRoadmap,
  type SkeletonStep,
  type SkeletonTopic
} from '@roadmap/core/query'
import type { TopicState } from './stored-progress.js'

/** Where a learner goes on from: a step, and its first topic neither done nor skipped. */
export interface NextStop {
  roadmap: SkeletonRoadmap
  step: SkeletonStep
  /** Undefined when every topic of the roadmap is done or skipped. */
  topic?: SkeletonTopic
}

const finished = (state: TopicState | undefined) => state === 'done' || state === 'skipped'

/**
 * Where to continue: in the roadmap of the topic changed last, that topic's
 * step when it has a topic left, else the first step on the roadmap's path
 * (`paths`: each roadmap's step ids in dependency order) with a topic left.
 * `undefined` when the learner has changed no topic that still exists.
 *
 * @example
 *   nextStop(roadmaps, states, 'backend/databases/indexing', paths)?.step.title
 */
export function nextStop(
  roadmaps: readonly SkeletonRoadmap[],
  states: ReadonlyMap<string, TopicState>,
  last: string | undefined,
  paths: Readonly<Record<string, readonly string[]>>
): NextStop | undefined {
  const match = last === undefined ? undefined : findTopicByKey(roadmaps, last)
  if (!match) return undefined
  const { roadmap } = match
  const left = (step: SkeletonStep) =>
    step.topics.find((topic) => !finished(states.get(topicKey(roadmap, step, topic))))
  const path = (paths[roadmap.id] ?? []).flatMap((id) => roadmap.steps.filter((step) => step.id === id))
  for (const step of [match.step, ...path]) {
    const topic = left(step)
    if (topic) return { roadmap, step, topic }
  }
  return { roadmap, step: match.step }
}
