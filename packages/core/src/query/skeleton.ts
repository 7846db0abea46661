import type { Level } from '../schema/step.js'

/** A topic in the skeleton: its id, title and former keys. */
export interface SkeletonTopic {
  readonly id: string
  readonly title: string
  readonly aliases: readonly string[]
}

/** A step in the skeleton: what a list or a map of the roadmap shows, and its topics' ids for progress. */
export interface SkeletonStep {
  readonly id: string
  readonly order: number
  readonly title: string
  readonly summary: string
  readonly level: Level
  readonly requires: ReadonlyArray<{ readonly roadmap: string; readonly step: string }>
  readonly aliases: readonly string[]
  readonly topicCount: number
  readonly resourceCount: number
  readonly topics: readonly SkeletonTopic[]
}

/** A roadmap in the skeleton (`@roadmap/core/skeleton`): no prose and no resources, only what lists and maps need. */
export interface SkeletonRoadmap {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly updated: string
  readonly tags: readonly string[]
  readonly stepCount: number
  readonly topicCount: number
  readonly resourceCount: number
  readonly steps: readonly SkeletonStep[]
}

interface FullRoadmap {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly updated: string
  readonly tags: readonly string[]
  readonly steps: ReadonlyArray<
    Omit<SkeletonStep, 'topicCount' | 'resourceCount' | 'topics'> & {
      readonly topics: ReadonlyArray<SkeletonTopic & { readonly resources: readonly unknown[] }>
    }
  >
}

/**
 * The skeleton of a roadmap: ids, titles, summaries, levels, requirements,
 * aliases and counts, without introductions, descriptions or resources. What
 * `@roadmap/core/skeleton` ships for every roadmap; the progress, key and
 * lookup helpers take it as they take the full roadmap.
 *
 * @example
 *   roadmapSkeleton(backend).steps.map((step) => [step.id, step.topicCount])
 */
export function roadmapSkeleton(roadmap: FullRoadmap): SkeletonRoadmap {
  const steps = roadmap.steps.map(
    (step): SkeletonStep => ({
      id: step.id,
      order: step.order,
      title: step.title,
      summary: step.summary,
      level: step.level,
      requires: step.requires.map(({ roadmap: roadmapId, step: stepId }) => ({ roadmap: roadmapId, step: stepId })),
      aliases: [...step.aliases],
      topicCount: step.topics.length,
      resourceCount: step.topics.reduce((sum, topic) => sum + topic.resources.length, 0),
      topics: step.topics.map((topic) => ({ id: topic.id, title: topic.title, aliases: [...topic.aliases] }))
    })
  )
  return {
    id: roadmap.id,
    title: roadmap.title,
    description: roadmap.description,
    updated: roadmap.updated,
    tags: [...roadmap.tags],
    stepCount: steps.length,
    topicCount: steps.reduce((sum, step) => sum + step.topicCount, 0),
    resourceCount: steps.reduce((sum, step) => sum + step.resourceCount, 0),
    steps
  }
}
