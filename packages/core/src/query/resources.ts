import type { Roadmap } from '../schema/roadmap.js'
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
