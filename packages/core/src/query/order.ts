import type { ReadonlyRoadmap, ReadonlyStep, StepOf } from '../schema/readonly.js'

/**
 * The steps of `roadmap` so that every step comes after the steps it requires
 * in the same roadmap; otherwise in file order (`NN`). Requirements on other
 * roadmaps do not affect the order. The dataset has no cycles, so every step
 * is returned exactly once.
 *
 * @example
 *   stepsInDependencyOrder(backend).map((step) => step.id)
 */
export function stepsInDependencyOrder<R extends ReadonlyRoadmap>(roadmap: R): Array<StepOf<R>> {
  const byId = new Map(roadmap.steps.map((step) => [step.id, step]))
  const ordered: ReadonlyStep[] = []
  const placed = new Set<string>()
  const visiting = new Set<string>()

  const place = (step: ReadonlyStep) => {
    if (placed.has(step.id) || visiting.has(step.id)) return
    visiting.add(step.id)
    for (const requirement of step.requires) {
      const required = requirement.roadmap === roadmap.id ? byId.get(requirement.step) : undefined
      if (required) place(required)
    }
    visiting.delete(step.id)
    placed.add(step.id)
    ordered.push(step)
  }

  for (const step of [...roadmap.steps].sort((a, b) => a.order - b.order)) place(step)
  return ordered as Array<StepOf<R>>
}
