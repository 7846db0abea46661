// The types the generated dataset modules (`@roadmap/core/data`,
// `/data/<roadmap>`, `/skeleton`) declare their roadmaps with: the model's
// read-only types with literal ids, so lookups autocomplete, a typo fails to
// compile and a found roadmap, step or topic is defined.
import type { ReadonlyRoadmap, ReadonlyStep, ReadonlyTopic } from '../schema/readonly.js'
import type { SkeletonRoadmap, SkeletonStep, SkeletonTopic } from './skeleton.js'

declare const everyRoadmap: unique symbol

/**
 * The list of every roadmap of the typed dataset (`roadmaps` of
 * `@roadmap/core/data` and `/skeleton`): looking one up by a literal id finds
 * it, so the result is defined. A list made from it (`filter`, `slice`) is a
 * plain array, which may lack any roadmap.
 */
export interface EveryRoadmap<R> extends ReadonlyArray<R> {
  readonly [everyRoadmap]: true
}

/** A topic of the typed dataset. */
export interface DatasetTopic<Id extends string> extends ReadonlyTopic {
  /** GitHub-style slug of the topic heading */
  readonly id: Id
}

/** A step of the typed dataset. */
export interface DatasetStep<Id extends string, TopicId extends string> extends ReadonlyStep {
  /** File name without the `NN-` prefix and `.md` */
  readonly id: Id
  /** The `##` topics, in document order */
  readonly topics: ReadonlyArray<DatasetTopic<TopicId>>
}

/** A roadmap of the typed dataset. */
export interface DatasetRoadmap<Id extends string, Step extends ReadonlyStep> extends ReadonlyRoadmap {
  /** Folder name under `content/` */
  readonly id: Id
  /** The steps, in order (`order` ascending) */
  readonly steps: ReadonlyArray<Step>
}

/** A topic of the typed skeleton. */
export interface DatasetSkeletonTopic<Id extends string> extends SkeletonTopic {
  readonly id: Id
}

/** A step of the typed skeleton. */
export interface DatasetSkeletonStep<Id extends string, TopicId extends string> extends SkeletonStep {
  readonly id: Id
  readonly topics: ReadonlyArray<DatasetSkeletonTopic<TopicId>>
}

/** A roadmap of the typed skeleton. */
export interface DatasetSkeletonRoadmap<Id extends string, Step extends SkeletonStep> extends SkeletonRoadmap {
  readonly id: Id
  readonly steps: ReadonlyArray<Step>
}
