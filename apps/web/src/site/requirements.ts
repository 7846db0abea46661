import type { ReadonlyRoadmap, ReadonlyStep } from '@roadmap/core'

/** A step's requirement, with the step it names when the dataset has it. */
export interface Requirement {
  roadmapId: string
  stepId: string
  /** Absent when the dataset has no such step (a roadmap left out for errors). */
  target?: { roadmap: ReadonlyRoadmap; step: ReadonlyStep }
}

/**
 * The steps `step` requires, looked up across every roadmap: a requirement
 * may name a step of another roadmap.
 *
 * @example
 *   requirementsOf(roadmaps, findStep(backend, 'apis')!).map((requirement) => requirement.target?.step.title)
 */
export function requirementsOf(roadmaps: readonly ReadonlyRoadmap[], step: ReadonlyStep): Requirement[] {
  return step.requires.map(({ roadmap: roadmapId, step: stepId }) => {
    const roadmap = roadmaps.find((candidate) => candidate.id === roadmapId)
    const required = roadmap?.steps.find((candidate) => candidate.id === stepId)
    return roadmap && required ? { roadmapId, stepId, target: { roadmap, step: required } } : { roadmapId, stepId }
  })
}
