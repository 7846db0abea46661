import type { Resource } from './resource.js'
import type { Roadmap, Section } from './roadmap.js'
import type { Step } from './step.js'
import type { Topic } from './topic.js'

/**
 * `T` with every nested array and object read-only. The prebuilt dataset
 * (`@roadmap/core/data`) is deeply frozen at runtime; its types say so, so
 * `roadmap.steps.push(…)` is a type error rather than a `TypeError` at runtime.
 */
export type DeepReadonly<T> =
  T extends ReadonlyArray<infer Item>
    ? ReadonlyArray<DeepReadonly<Item>>
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T

/** A roadmap of the prebuilt dataset: read-only all the way down. */
export type ReadonlyRoadmap = DeepReadonly<Roadmap>
export type ReadonlyStep = DeepReadonly<Step>
export type ReadonlyTopic = DeepReadonly<Topic>
export type ReadonlyResource = DeepReadonly<Resource>
export type ReadonlySection = DeepReadonly<Section>

/** The step type of a roadmap type: `Step` for a `Roadmap`, `ReadonlyStep` for a `ReadonlyRoadmap`. */
export type StepOf<R extends ReadonlyRoadmap> = R['steps'][number]
/** The topic type of a roadmap type. */
export type TopicOf<R extends ReadonlyRoadmap> = StepOf<R>['topics'][number]
/** The resource type of a roadmap type. */
export type ResourceOf<R extends ReadonlyRoadmap> = TopicOf<R>['resources'][number]
