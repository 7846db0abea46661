import type { Roadmap } from '../schema/roadmap.js'
import type { ReadonlyRoadmap, StepOf } from '../schema/readonly.js'

/** A step with the roadmap it belongs to (read-only for the prebuilt dataset). */
export interface RoadmapStep<R extends ReadonlyRoadmap = Roadmap> {
  roadmap: R
  step: StepOf<R>
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
export function prerequisitesOf<R extends ReadonlyRoadmap>(
  roadmaps: ReadonlyArray<R>,
  roadmapId: string,
  stepId: string
): Array<RoadmapStep<R>> | undefined {
  type Entry = RoadmapStep<R>
  const steps = new Map<string, Entry>()
  for (const roadmap of roadmaps)
    for (const step of roadmap.steps) steps.set(`${roadmap.id}/${step.id}`, { roadmap, step: step as StepOf<R> })
  const lookup = (roadmap: string, step: string): Entry | undefined => steps.get(`${roadmap}/${step}`)
  const start = lookup(roadmapId, stepId)
  if (!start) return undefined

  // Depth first with a stack of its own, not recursion: chains of
  // requirements are as long as the content makes them.
  const ordered: Entry[] = []
  const keyOf = ({ roadmap, step }: Entry) => `${roadmap.id}/${step.id}`
  const entered = new Set<string>([keyOf(start)])
  const stack: Array<{ entry: Entry; next: number }> = [{ entry: start, next: 0 }]
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { entry: Entry; next: number }
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
