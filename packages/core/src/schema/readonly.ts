import type { Resource, Roadmap, Section, Step, StepReference, Topic } from './model.js'

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

// Interfaces rather than `DeepReadonly<…>`, so that editors show their names
// (`ReadonlyStep`, not the expanded object), with each field's documentation.

/** A resource of the prebuilt dataset: read-only. */
export interface ReadonlyResource extends Readonly<Resource> {}

/** A topic of the prebuilt dataset: read-only all the way down. */
export interface ReadonlyTopic extends Readonly<Omit<Topic, 'aliases' | 'resources'>> {
  /** Former keys of this topic (`roadmap-id/step-id/topic-id`), from the `topic-aliases` of its step: progress stored under one of them counts for this topic */
  readonly aliases: readonly string[]
  /** What to read, watch or do, official ones first */
  readonly resources: readonly ReadonlyResource[]
}

/** A step named by `requires`: read-only. */
export interface ReadonlyStepReference extends Readonly<StepReference> {}

/** A step of the prebuilt dataset: read-only all the way down. */
export interface ReadonlyStep extends Readonly<Omit<Step, 'requires' | 'aliases' | 'topics'>> {
  /** Steps to finish first, always qualified with their roadmap id */
  readonly requires: readonly ReadonlyStepReference[]
  /** Former keys of this step (`roadmap-id/step-id`), from its `aliases`: a step moved or renamed keeps them so links and progress follow it */
  readonly aliases: readonly string[]
  /** The `##` topics, in document order */
  readonly topics: readonly ReadonlyTopic[]
}

/** A section of the prebuilt dataset: read-only. */
export interface ReadonlySection extends Readonly<Section> {}

/** A roadmap of the prebuilt dataset: read-only all the way down. */
export interface ReadonlyRoadmap extends Readonly<Omit<Roadmap, 'tags' | 'sections' | 'steps'>> {
  /** Kebab-case keywords */
  readonly tags: readonly string[]
  /** The `##` sections of prose, such as the career path */
  readonly sections: readonly ReadonlySection[]
  /** The steps, in order (`order` ascending) */
  readonly steps: readonly ReadonlyStep[]
}

/** The step type of a roadmap type: `Step` for a `Roadmap`, `ReadonlyStep` for a `ReadonlyRoadmap`. */
export type StepOf<R extends { readonly steps: ReadonlyArray<unknown> }> = R['steps'][number]
/** The topic type of a roadmap type. */
export type TopicOf<R extends { readonly steps: ReadonlyArray<{ readonly topics: ReadonlyArray<unknown> }> }> =
  StepOf<R>['topics'][number]
/** The resource type of a roadmap type. */
export type ResourceOf<R extends ReadonlyRoadmap> = TopicOf<R>['resources'][number]
