export {
  IdSchema,
  StepKeySchema,
  StepReferenceSchema,
  TopicKeySchema,
  kebabCasePattern,
  stepKeyPattern,
  topicKeyPattern,
  type StepReference
} from './id.js'
export {
  ResourceKindSchema,
  ResourceSchema,
  ResourceUrlSchema,
  resourceKinds,
  type Resource,
  type ResourceKind
} from './resource.js'
export { TopicSchema, type Topic } from './topic.js'
export { LevelSchema, StepSchema, levels, type Level, type Step } from './step.js'
export { DateSchema, RoadmapSchema, SectionSchema, type Roadmap, type Section } from './roadmap.js'
export {
  RequirementSchema,
  RoadmapFrontmatterSchema,
  StepAliasSchema,
  TopicAliasSchema,
  StepFrontmatterSchema,
  type RoadmapFrontmatter,
  type StepFrontmatter
} from './frontmatter.js'
export type {
  DeepReadonly,
  ReadonlyResource,
  ReadonlyRoadmap,
  ReadonlySection,
  ReadonlyStep,
  ReadonlyStepReference,
  ReadonlyTopic,
  ResourceOf,
  StepOf,
  TopicOf
} from './readonly.js'
