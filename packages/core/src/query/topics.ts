import { topicKey } from './keys.js'
import type { RoadmapShape, StepIn, TopicIn } from './shapes.js'

/** A topic with its roadmap and step, and its key (`roadmap-id/step-id/topic-id`). */
export interface TopicEntry<R extends RoadmapShape> {
  roadmap: R
  step: StepIn<R>
  topic: TopicIn<StepIn<R>>
  key: string
}

/**
 * Every topic of `roadmaps`, in reading order (roadmaps as given, steps in
 * file order, topics in document order), with its roadmap, step and key.
 *
 * @example
 *   for (const { key, topic } of allTopics(roadmaps)) console.log(key, topic.title)
 */
export function allTopics<R extends RoadmapShape>(roadmaps: ReadonlyArray<R>): Array<TopicEntry<R>> {
  return roadmaps.flatMap((roadmap) =>
    (roadmap.steps as ReadonlyArray<StepIn<R>>).flatMap((step) =>
      (step.topics as ReadonlyArray<TopicIn<StepIn<R>>>).map((topic) => ({
        roadmap,
        step,
        topic,
        key: topicKey(roadmap, step, topic)
      }))
    )
  )
}
