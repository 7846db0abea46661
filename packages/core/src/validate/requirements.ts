import { closest } from '../util/closest.js'
import { stepKey } from './sources.js'
import type { FileSummary, RequirementSummary } from './summary.js'

/** The summary of a file that gave a step. */
export type StepSummary = FileSummary & { step: NonNullable<FileSummary['step']> }

/** A `requires` entry, with the step that has it and the step it names. */
export interface Requirement {
  /** The step whose `requires` has the entry. */
  summary: StepSummary
  /** `roadmap-id/step-id` of that step. */
  fromKey: string
  reference: RequirementSummary
  /** `roadmap-id/step-id` of the step it names. */
  target: string
  /** The entry as written: `step-id` within its own roadmap, else `roadmap-id/step-id`. */
  written: string
}

/** Every step and every `requires` entry of the content, for the `requires-*` rules. */
export interface RequirementGraph {
  /** Each step by its key: the first file that gives it (a second is `duplicate-step-id`'s). */
  steps: ReadonlyMap<string, StepSummary>
  /** A step that moved keeps its former key as an alias: former key → key now. */
  movedTo: ReadonlyMap<string, string>
  /** The entries of every step, step by step, in order. */
  requirements: Requirement[]
}

/**
 * The steps and their requirements, from every file's summary.
 *
 * @example
 *   requirementGraph(files).requirements.filter((each) => each.target === each.fromKey) // steps requiring themselves
 */
export function requirementGraph(files: ReadonlyArray<FileSummary>): RequirementGraph {
  const steps = new Map<string, StepSummary>()
  for (const summary of files) {
    if (!summary.step) continue
    const key = stepKey(summary.roadmapId, summary.step.id)
    if (!steps.has(key)) steps.set(key, summary as StepSummary)
  }
  const movedTo = new Map<string, string>()
  for (const [key, summary] of steps)
    for (const alias of summary.step.aliases) if (alias.topic === undefined) movedTo.set(alias.key, key)
  const requirements: Requirement[] = []
  for (const [fromKey, summary] of steps) {
    for (const reference of summary.step.requires) {
      const target = stepKey(reference.roadmap, reference.step)
      const written = reference.roadmap === summary.roadmapId ? reference.step : target
      requirements.push({ summary, fromKey, reference, target, written })
    }
  }
  return { steps, movedTo, requirements }
}

/** Why a requirement names no step: where it went (an alias), or the closest step or roadmap. */
export function unknownReason(requirement: Requirement, graph: RequirementGraph): string {
  const { written, reference } = requirement
  const movedTo = graph.movedTo.get(requirement.target)
  if (movedTo !== undefined) {
    const now =
      keyRoadmap(movedTo) === reference.roadmap && !written.includes('/')
        ? movedTo.slice(movedTo.indexOf('/') + 1)
        : movedTo
    return `Cannot find step \`${written}\` in \`requires\`: it is now \`${movedTo}\` (an alias); write \`${now}\``
  }
  const sameRoadmap = [...graph.steps.keys()].filter((key) => keyRoadmap(key) === reference.roadmap)
  if (sameRoadmap.length === 0) {
    const roadmap = closest(reference.roadmap, new Set([...graph.steps.keys()].map(keyRoadmap)))
    const hint = roadmap
      ? `; did you mean \`${roadmap}/${reference.step}\`?`
      : '; expected `<roadmap-id>/<step-id>` of a roadmap under `content/`'
    return `Cannot find roadmap \`${reference.roadmap}\` for \`${written}\` in \`requires\`${hint}`
  }
  const suggestion = closest(
    reference.step,
    sameRoadmap.map((key) => key.slice(key.indexOf('/') + 1))
  )
  const hint = suggestion
    ? `; did you mean \`${written.includes('/') ? `${reference.roadmap}/${suggestion}` : suggestion}\`?`
    : '; check the step file names'
  return `Cannot find step \`${written}\` in \`requires\`${hint}`
}

function keyRoadmap(key: string): string {
  return key.slice(0, key.indexOf('/'))
}

/**
 * Cycles among the requirements that name an existing other step, each once,
 * as the requirements that form it, the one that closes it last. Depth first
 * with a stack of its own, not recursion: a chain of requirements is as long
 * as the content makes it.
 */
export function findCycles(graph: RequirementGraph): Requirement[][] {
  const edges = new Map<string, Requirement[]>([...graph.steps.keys()].map((key) => [key, []]))
  for (const requirement of graph.requirements)
    if (requirement.target !== requirement.fromKey && graph.steps.has(requirement.target))
      edges.get(requirement.fromKey)?.push(requirement)

  const cycles: Requirement[][] = []
  const seen = new Set<string>()
  const state = new Map<string, 'active' | 'done'>()
  const path: Requirement[] = []
  for (const start of edges.keys()) {
    if (state.has(start)) continue
    const stack: Array<{ key: string; next: number }> = [{ key: start, next: 0 }]
    state.set(start, 'active')
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { key: string; next: number }
      const edge = edges.get(top.key)?.[top.next++]
      if (edge === undefined) {
        state.set(top.key, 'done')
        stack.pop()
        path.pop()
        continue
      }
      if (state.get(edge.target) === 'active') {
        const from = path.findIndex((step) => step.fromKey === edge.target)
        const cycle = [...path.slice(from === -1 ? path.length : from), edge]
        const signature = cycle
          .map((step) => `${step.fromKey}>${step.target}`)
          .sort()
          .join(' ')
        if (!seen.has(signature)) {
          seen.add(signature)
          cycles.push(cycle)
        }
      } else if (!state.has(edge.target)) {
        path.push(edge)
        state.set(edge.target, 'active')
        stack.push({ key: edge.target, next: 0 })
      }
    }
  }
  return cycles
}
