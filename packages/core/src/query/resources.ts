import type { Resource } from '../schema/resource.js'
import type { Roadmap } from '../schema/roadmap.js'
import type { Step } from '../schema/step.js'
import type { Topic } from '../schema/topic.js'

/** A resource with the step and topic it belongs to. */
export interface ResourceEntry {
  roadmap: Roadmap
  step: Step
  topic: Topic
  resource: Resource
}

/**
 * Every resource of `roadmap`, in reading order, with its step and topic.
 *
 * @example
 *   listResources(backend).filter(({ resource }) => resource.kind === 'video')
 */
export function listResources(roadmap: Roadmap): ResourceEntry[] {
  return roadmap.steps.flatMap((step) =>
    step.topics.flatMap((topic) => topic.resources.map((resource) => ({ roadmap, step, topic, resource })))
  )
}
