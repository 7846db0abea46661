import type { EveryRoadmap } from './dataset-types.js'

// The least each helper needs of the data, so that the same helpers serve the
// prebuilt dataset (frozen, with literal ids), a roadmap an app parsed itself
// (mutable, `string` ids) and the skeleton (`@roadmap/core/skeleton`).

/** A topic as the key, progress and lookup helpers need it. */
export interface TopicShape {
  readonly id: string
  readonly aliases: readonly string[]
}

/** A step as the helpers need it. */
export interface StepShape {
  readonly id: string
  readonly aliases: readonly string[]
  readonly requires: ReadonlyArray<{ readonly roadmap: string; readonly step: string }>
  readonly topics: readonly TopicShape[]
}

/** A roadmap as the helpers need it: the dataset's, a parsed one or the skeleton's. */
export interface RoadmapShape {
  readonly id: string
  readonly steps: readonly StepShape[]
}

/** The step type of a roadmap type. */
export type StepIn<R extends RoadmapShape> = R['steps'][number]

/** The topic type of a step type. */
export type TopicIn<S extends StepShape> = S['topics'][number]

/** The ids of the steps of `R`: a union of literals for the dataset, `string` for parsed data. */
export type StepIdOf<R extends RoadmapShape> = StepIn<R>['id']

/** The step of `R` with id `Id`. */
export type StepWithId<R extends RoadmapShape, Id extends string> = string extends StepIdOf<R> | Id
  ? StepIn<R>
  : Extract<StepIn<R>, { readonly id: Id }>

/** The ids of the topics of step `S` of `R`. */
export type TopicIdOf<R extends RoadmapShape, S extends string> = TopicIn<StepWithId<R, S>>['id']

/** The topic of step `S` of `R` with id `T`. */
export type TopicWithId<R extends RoadmapShape, S extends string, T extends string> = string extends TopicIdOf<R, S> | T
  ? TopicIn<StepWithId<R, S>>
  : Extract<TopicIn<StepWithId<R, S>>, { readonly id: T }>

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (both: infer I) => void
  ? I
  : never
type IsUnion<T> = [T] extends [UnionToIntersection<T>] ? false : true

/**
 * What a lookup by id gives: the item, defined, when the type says it exists
 * (literal ids of the typed dataset, in a tuple for roadmaps, and one roadmap
 * rather than a union of them); `| undefined` for anything else.
 */
export type Lookup<Item, Known extends boolean> = Known extends true ? Item : Item | undefined

/**
 * An id argument: a literal must be one of the `Known` ids (so a typo fails to
 * compile and the editor completes it), while a `string` known only at run
 * time (from a URL, a form) is accepted and the result may be `undefined`.
 */
export type IdArgument<Id extends string, Known extends string> = string extends Id ? Id : Known

/** Whether a roadmap with id `Id` is surely in `Roadmaps`: literal ids in the whole typed dataset, or in a tuple. */
export type HasRoadmap<Roadmaps extends ReadonlyArray<RoadmapShape>, Id extends string> = string extends
  | Roadmaps[number]['id']
  | Id
  ? false
  : Roadmaps extends EveryRoadmap<unknown> | readonly [unknown, ...unknown[]]
    ? [Extract<Roadmaps[number], { readonly id: Id }>] extends [never]
      ? false
      : true
    : false

/** Whether a step with id `Id` is surely in `R`: one roadmap type with literal step ids. */
export type HasStep<R extends RoadmapShape, Id extends string> =
  IsUnion<R> extends true
    ? false
    : string extends StepIdOf<R> | Id
      ? false
      : [StepWithId<R, Id>] extends [never]
        ? false
        : true

/** The roadmap of `Roadmaps` with id `Id`. */
export type RoadmapWithId<Roadmaps extends ReadonlyArray<RoadmapShape>, Id extends string> = string extends
  | Roadmaps[number]['id']
  | Id
  ? Roadmaps[number]
  : Extract<Roadmaps[number], { readonly id: Id }>
