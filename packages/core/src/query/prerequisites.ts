import type { Roadmap } from '../schema/roadmap.js'
import type { Step } from '../schema/step.js'

/** A step with the roadmap it belongs to. */
export interface RoadmapStep {
  roadmap: Roadmap
  step: Step
}

/**
 * What to finish before a step: the steps it requires, the steps those
 * require, and so on, across roadmaps, in an order to learn them (each after
 * its own prerequisites; otherwise in the order `requires` lists them). The
 * step itself is not included. `undefined` when `roadmaps` has no such step;
 * requirements naming a step that is not in `roadmaps` are left out.
 *
 * @example
 *   prerequisitesOf(roadmaps, 'devops', 'containers')?.map(({ roadmap, step }) => `${roadmap.id}/${step.id}`)
 *   // ['devops/linux-and-shell', 'backend/programming-fundamentals', …]
 */
export function prerequisitesOf(roadmaps: ReadonlyArray<Roadmap>, roadmapId: string, stepId: string): RoadmapStep[] | undefined {
  const steps = new Map<string, RoadmapStep>()
  for (const roadmap of roadmaps) for (const step of roadmap.steps) steps.set(`${roadmap.id}/${step.id}`, { roadmap, step })
  const lookup = (roadmap: string, step: string): RoadmapStep | undefined => steps.get(`${roadmap}/${step}`)
  const start = lookup(roadmapId, stepId)
  if (!start) return undefined

  // Depth first with a stack of its own, not recursion: chains of
  // requirements are as long as the content makes them.
  const ordered: RoadmapStep[] = []
  const keyOf = ({ roadmap, step }: RoadmapStep) => `${roadmap.id}/${step.id}`
  const entered = new Set<string>([keyOf(start)])
  const stack: Array<{ entry: RoadmapStep; next: number }> = [{ entry: start, next: 0 }]
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { entry: RoadmapStep; next: number }
    const reference = top.entry.step.requires[top.next++]
    if (reference === undefined) {
      stack.pop()
      if (top.entry !== start) ordered.push(top.entry)
      continue
    }
    const required = lookup(reference.roadmap, reference.step)
    // A cycle cannot reach the dataset (the build refuses it); entering each step once keeps this finite anyway.
    if (required && !entered.has(keyOf(required))) {
      entered.add(keyOf(required))
      stack.push({ entry: required, next: 0 })
    }
  }
  return ordered
}
