export { findRoadmap, findStep, findTopic } from './find.js'
export { stepsInDependencyOrder } from './order.js'
export {
  prerequisitesOf,
  type HasRoadmapStep,
  type RoadmapStep,
  type StepGraphOptions
} from './prerequisites.js'
export { dependentsOf } from './dependents.js'
export { listResources, resourcesByKind, type ResourceEntry } from './resources.js'
export { allTopics, type TopicEntry } from './topics.js'
export { parseStepKey, parseTopicKey, stepKey, topicKey, type KeyParseResult } from './keys.js'
export { findStepByKey, findTopicByKey, type StepMatch, type TopicMatch } from './lookup.js'
export {
  readProgress,
  roadmapProgress,
  stepProgress,
  topicsProgress,
  type Progress,
  type ProgressReport
} from './progress.js'
export type {
  HasRoadmap,
  HasStep,
  Lookup,
  RoadmapShape,
  RoadmapWithId,
  StepIdOf,
  StepIn,
  StepShape,
  StepWithId,
  TopicIdOf,
  TopicIn,
  TopicShape,
  TopicWithId
} from './shapes.js'
export { closest } from '../util/closest.js'
export {
  roadmapSkeleton,
  type SkeletonRoadmap,
  type SkeletonStep,
  type SkeletonTopic
} from './skeleton.js'
export type {
  DatasetRoadmap,
  DatasetSkeletonRoadmap,
  DatasetSkeletonStep,
  DatasetSkeletonTopic,
  DatasetStep,
  DatasetTopic,
  EveryRoadmap
} from './dataset-types.js'
