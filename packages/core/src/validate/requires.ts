import type { Position } from 'unist'
import { createDiagnostic, type Diagnostic } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { closest } from '../util/closest.js'
import { stepKey } from './sources.js'
import type { FileSummary, RequirementSummary } from './summary.js'

interface Edge {
  /** `roadmap-id/step-id` of the step whose `requires` has the entry. */
  fromKey: string
  path: string
  reference: RequirementSummary
}

/**
 * Every `requires` entry must name an existing step other than its own, and
 * requirements must not form a cycle. Each cycle is reported once, with its
 * route, at the entry that closes it.
 */
export function checkRequires(summaries: ReadonlyArray<FileSummary>): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const steps = new Map<string, FileSummary & { step: NonNullable<FileSummary['step']> }>()
  for (const summary of summaries) {
    if (!summary.step) continue
    const key = stepKey(summary.roadmapId, summary.step.id)
    if (!steps.has(key)) steps.set(key, summary as FileSummary & { step: NonNullable<FileSummary['step']> })
  }

  // A step that moved keeps its former key as an alias: say where it went.
  const movedTo = new Map<string, string>()
  for (const [key, summary] of steps)
    for (const alias of summary.step.aliases) if (alias.topic === undefined) movedTo.set(alias.key, key)

  const edges = new Map<string, Edge[]>()
  for (const [key, summary] of steps) {
    const valid: Edge[] = []
    for (const reference of summary.step.requires) {
      const target = stepKey(reference.roadmap, reference.step)
      const written = reference.roadmap === summary.roadmapId ? reference.step : target
      if (target === key) {
        diagnostics.push(
          createDiagnostic(
            summary.path,
            `Unexpected \`${written}\` in \`requires\`: a step cannot require itself; remove it`,
            {
              ruleId: coreRuleIds.requiresSelf,
              place: reference.place
            }
          )
        )
      } else if (!steps.has(target)) {
        diagnostics.push(
          createDiagnostic(summary.path, unknownReason(written, reference, steps, movedTo.get(target)), {
            ruleId: coreRuleIds.requiresUnknown,
            place: reference.place
          })
        )
      } else {
        valid.push({ fromKey: key, path: summary.path, reference })
      }
    }
    edges.set(key, valid)
  }

  for (const cycle of findCycles(edges)) {
    // Reported once, at the entry that closes the cycle; the route starts there.
    const closing = cycle.at(-1) as Edge
    const route = [closing, ...cycle].map((edge) => `\`${edge.fromKey}\``).join(' → ')
    diagnostics.push(
      createDiagnostic(closing.path, `Unexpected cycle in \`requires\`: ${route}; remove one of these requirements`, {
        ruleId: coreRuleIds.requiresCycle,
        place: closing.reference.place as Position | undefined
      })
    )
  }
  return diagnostics
}

function keyRoadmap(key: string): string {
  return key.slice(0, key.indexOf('/'))
}

function unknownReason(
  written: string,
  reference: RequirementSummary,
  steps: ReadonlyMap<string, unknown>,
  movedTo: string | undefined
): string {
  if (movedTo !== undefined) {
    const now =
      keyRoadmap(movedTo) === reference.roadmap && !written.includes('/')
        ? movedTo.slice(movedTo.indexOf('/') + 1)
        : movedTo
    return `Cannot find step \`${written}\` in \`requires\`: it is now \`${movedTo}\` (an alias); write \`${now}\``
  }
  const sameRoadmap = [...steps.keys()].filter((key) => keyRoadmap(key) === reference.roadmap)
  if (sameRoadmap.length === 0) {
    const roadmap = closest(reference.roadmap, new Set([...steps.keys()].map(keyRoadmap)))
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

/**
 * Cycles in the requirement graph, each once, as the edges that form it.
 * Depth first with a stack of its own, not recursion: a chain of requirements
 * is as long as the content makes it.
 */
function findCycles(edges: ReadonlyMap<string, Edge[]>): Edge[][] {
  const cycles: Edge[][] = []
  const seen = new Set<string>()
  const state = new Map<string, 'active' | 'done'>()
  const path: Edge[] = []
  const targetOf = (edge: Edge) => stepKey(edge.reference.roadmap, edge.reference.step)

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
      const target = targetOf(edge)
      if (state.get(target) === 'active') {
        const from = path.findIndex((step) => step.fromKey === target)
        const cycle = [...path.slice(from === -1 ? path.length : from), edge]
        const signature = cycle
          .map((step) => `${step.fromKey}>${targetOf(step)}`)
          .sort()
          .join(' ')
        if (!seen.has(signature)) {
          seen.add(signature)
          cycles.push(cycle)
        }
      } else if (!state.has(target)) {
        path.push(edge)
        state.set(target, 'active')
        stack.push({ key: target, next: 0 })
      }
    }
  }
  return cycles
}
