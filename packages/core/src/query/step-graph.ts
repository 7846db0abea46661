import { stepKey } from './keys.js'
import type { RoadmapShape, StepIn } from './shapes.js'

/** A step with the roadmap it belongs to (read-only for the prebuilt dataset). */
export interface RoadmapStep<R extends RoadmapShape> {
  roadmap: R
  step: StepIn<R>
}

/** The steps of `roadmaps` by key, each with its roadmap. */
export function stepsByKey<R extends RoadmapShape>(roadmaps: ReadonlyArray<R>): Map<string, RoadmapStep<R>> {
  const steps = new Map<string, RoadmapStep<R>>()
  for (const roadmap of roadmaps)
    for (const step of roadmap.steps as ReadonlyArray<StepIn<R>>) steps.set(stepKey(roadmap, step), { roadmap, step })
  return steps
}

/**
 * The entries reachable from `start` through `next`, `start` left out, each
 * after every entry reachable from it (depth first, post-order; otherwise in
 * the order `next` lists them). With a stack of its own, not recursion: chains
 * of requirements are as long as the content makes them. Each entry is
 * entered once, so a cycle (which the build refuses anyway) ends.
 */
export function reachableAfter<Entry>(
  start: Entry,
  next: (entry: Entry) => ReadonlyArray<Entry>,
  keyOf: (entry: Entry) => string
): Entry[] {
  const ordered: Entry[] = []
  const entered = new Set<string>([keyOf(start)])
  const stack: Array<{ entry: Entry; following: ReadonlyArray<Entry>; next: number }> = [
    { entry: start, following: next(start), next: 0 }
  ]
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { entry: Entry; following: ReadonlyArray<Entry>; next: number }
    const entry = top.following[top.next++]
    if (entry === undefined) {
      stack.pop()
      if (top.entry !== start) ordered.push(top.entry)
      continue
    }
    if (!entered.has(keyOf(entry))) {
      entered.add(keyOf(entry))
      stack.push({ entry, following: next(entry), next: 0 })
    }
  }
  return ordered
}
