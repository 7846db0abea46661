import type { Roadmap } from '../schema/roadmap.js'
import type { ResourceKind } from '../schema/resource.js'
import { resourceKinds } from '../schema/values.js'
import type { ReadonlyRoadmap, ResourceOf, StepOf, TopicOf } from '../schema/readonly.js'

/** A resource with the step and topic it belongs to (read-only for the prebuilt dataset). */
export interface ResourceEntry<R extends ReadonlyRoadmap = Roadmap> {
  roadmap: R
  step: StepOf<R>
  topic: TopicOf<R>
  resource: ResourceOf<R>
}

/**
 * Every resource of `roadmap`, in reading order, with its step and topic.
 *
 * @example
 *   listResources(backend).filter(({ resource }) => resource.kind === 'video')
 */
export function listResources<R extends ReadonlyRoadmap>(roadmap: R): Array<ResourceEntry<R>> {
  return roadmap.steps.flatMap((step) =>
    step.topics.flatMap((topic) => topic.resources.map((resource) => ({ roadmap, step, topic, resource })))
  )
}

/**
 * Every resource of `roadmaps`, grouped by kind (every kind present, maybe
 * empty), each list in reading order with its roadmap, step and topic.
 *
 * @example
 *   resourcesByKind(roadmaps).video.map(({ resource }) => resource.url)
 *   resourcesByKind([frontend, devops]).course.length
 */
export function resourcesByKind<R extends ReadonlyRoadmap>(
  roadmaps: ReadonlyArray<R>
): Record<ResourceKind, Array<ResourceEntry<R>>> {
  const byKind = Object.fromEntries(resourceKinds.map((kind) => [kind, [] as Array<ResourceEntry<R>>])) as Record<
    ResourceKind,
    Array<ResourceEntry<R>>
  >
  for (const roadmap of roadmaps)
    for (const entry of listResources(roadmap)) byKind[entry.resource.kind as ResourceKind]?.push(entry)
  return byKind
}
