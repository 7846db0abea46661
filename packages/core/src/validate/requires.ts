import type { Position } from 'unist'
import type { StepDraft } from '../build/step.js'
import { report, type Diagnostic } from '../diagnostic.js'
import type { StepParseResult } from '../parse/parse-file.js'
import { coreRuleIds } from '../rule-ids.js'
import type { StepReference } from '../schema/id.js'
import { closest } from '../util/closest.js'
import { stepKey, type RoadmapSource } from './sources.js'

interface Edge {
  /** `roadmap-id/step-id` of the step whose `requires` has the entry. */
  fromKey: string
  from: StepParseResult & { draft: StepDraft }
  reference: StepReference
  place: Position | undefined
}

/**
 * Every `requires` entry must name an existing step other than its own, and
 * requirements must not form a cycle. Each cycle is reported once, with its
 * route, at the entry that closes it.
 */
export function checkRequires(sources: ReadonlyArray<RoadmapSource>): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const steps = new Map<string, StepParseResult & { draft: StepDraft }>()
  for (const source of sources) {
    for (const step of source.steps) {
      if (!step.draft) continue
      const key = stepKey(source.id, step.draft.id)
      if (!steps.has(key)) steps.set(key, step as StepParseResult & { draft: StepDraft })
    }
  }

  const edges = new Map<string, Edge[]>()
  for (const [key, step] of steps) {
    const valid: Edge[] = []
    for (const reference of step.draft.requires) {
      const target = stepKey(reference.roadmap, reference.step)
      const place = step.positions.get(reference)
      const written = reference.roadmap === keyRoadmap(key) ? reference.step : target
      if (target === key) {
        diagnostics.push(
          report(step.file, `Unexpected \`${written}\` in \`requires\`: a step cannot require itself; remove it`, {
            ruleId: coreRuleIds.requiresSelf,
            place
          })
        )
      } else if (!steps.has(target)) {
        diagnostics.push(report(step.file, unknownReason(written, reference, steps), { ruleId: coreRuleIds.requiresUnknown, place }))
      } else {
        valid.push({ fromKey: key, from: step, reference, place })
      }
    }
    edges.set(key, valid)
  }

  for (const cycle of findCycles(edges)) {
    // Reported once, at the entry that closes the cycle; the route starts there.
    const closing = cycle.at(-1) as Edge
    const route = [closing, ...cycle].map((edge) => `\`${edge.fromKey}\``).join(' → ')
    diagnostics.push(
      report(closing.from.file, `Unexpected cycle in \`requires\`: ${route}; remove one of these requirements`, {
        ruleId: coreRuleIds.requiresCycle,
        place: closing.place
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
  reference: StepReference,
  steps: ReadonlyMap<string, unknown>
): string {
  const sameRoadmap = [...steps.keys()].filter((key) => keyRoadmap(key) === reference.roadmap)
  const suggestion = closest(
    reference.step,
    sameRoadmap.map((key) => key.slice(key.indexOf('/') + 1))
  )
  if (sameRoadmap.length === 0) {
    const roadmap = closest(reference.roadmap, new Set([...steps.keys()].map(keyRoadmap)))
    const hint = roadmap ? `; did you mean \`${roadmap}/${reference.step}\`?` : '; expected `<roadmap-id>/<step-id>` of a roadmap under `content/`'
    return `Cannot find roadmap \`${reference.roadmap}\` for \`${written}\` in \`requires\`${hint}`
  }
  const hint = suggestion ? `; did you mean \`${written.includes('/') ? `${reference.roadmap}/${suggestion}` : suggestion}\`?` : '; check the step file names'
  return `Cannot find step \`${written}\` in \`requires\`${hint}`
}

/** Cycles in the requirement graph, each once, as the edges that form it. */
function findCycles(edges: ReadonlyMap<string, Edge[]>): Edge[][] {
  const cycles: Edge[][] = []
  const seen = new Set<string>()
  const state = new Map<string, 'active' | 'done'>()
  const path: Edge[] = []

  const visit = (key: string) => {
    state.set(key, 'active')
    for (const edge of edges.get(key) ?? []) {
      const target = stepKey(edge.reference.roadmap, edge.reference.step)
      if (state.get(target) === 'active') {
        const start = path.findIndex((step) => step.fromKey === target)
        const cycle = [...path.slice(start === -1 ? path.length : start), edge]
        const signature = cycle.map((step) => `${step.fromKey}>${stepKey(step.reference.roadmap, step.reference.step)}`).sort().join(' ')
        if (!seen.has(signature)) {
          seen.add(signature)
          cycles.push(cycle)
        }
      } else if (!state.has(target)) {
        path.push(edge)
        visit(target)
        path.pop()
      }
    }
    state.set(key, 'done')
  }

  for (const key of edges.keys()) if (!state.has(key)) visit(key)
  return cycles
}
