import { topicIndex } from './lookup.js'
import { stepKey, topicKey } from './keys.js'
import type { RoadmapShape, StepShape, TopicShape } from './shapes.js'

/** How many of a set of topics are done. */
export interface Progress {
  done: number
  total: number
}

/** A learner's stored keys, read against the roadmaps they are for. */
export interface ProgressReport {
  /** The keys now of the topics done: stored keys, and the new keys of topics stored under a former key. */
  done: Set<string>
  /** Stored keys that are former keys (aliases) of a topic, with the topic's key now. */
  moved: Array<{ from: string; to: string }>
  /**
   * Stored keys that name no topic (removed, or not a key at all). They count
   * nowhere; keep them, since the topic may come back, and show them as such.
   */
  unknown: string[]
}

/**
 * Read a learner's stored topic keys against `roadmaps`: which topics are
 * done (following aliases, so a topic that moved keeps its progress), which
 * keys moved, and which name no topic any more (reported, never counted).
 * Anything that is not a string is reported as unknown; nothing throws.
 *
 * @example
 *   const { done, moved, unknown } = readProgress(roadmaps, JSON.parse(localStorage.progress))
 *   // store [...done, ...unknown] back to follow the moves
 */
export function readProgress(roadmaps: ReadonlyArray<RoadmapShape>, keys: Iterable<unknown>): ProgressReport {
  const index = topicIndex(roadmaps)
  const report: ProgressReport = { done: new Set(), moved: [], unknown: [] }
  for (const key of keys) {
    const match = typeof key === 'string' ? index.get(key) : undefined
    if (!match) report.unknown.push(typeof key === 'string' ? key : String(key))
    else {
      report.done.add(match.key)
      if (match.moved) report.moved.push({ from: key as string, to: match.key })
    }
  }
  return report
}

/** The keys a stored key for a topic may be: its key, its aliases, and its keys under its step's aliases. */
function keysOf(roadmapId: string, step: StepShape, topic: TopicShape): string[] {
  return [topicKey(roadmapId, step, topic), ...topic.aliases, ...step.aliases.map((alias) => `${alias}/${topic.id}`)]
}

function has(done: ReadonlySet<string> | Iterable<string>): (key: string) => boolean {
  const set = done instanceof Set ? (done as ReadonlySet<string>) : new Set(done)
  return (key) => set.has(key)
}

/**
 * Done and total of any set of topics (each with its roadmap and step, as
 * `allTopics` gives them), from the stored keys `done`. A topic counts once,
 * whether stored under its key or a former one; keys of no topic count nowhere.
 *
 * @example
 *   topicsProgress(allTopics(roadmaps).filter(({ step }) => step.level === 'beginner'), done)
 */
export function topicsProgress(
  topics: Iterable<{ readonly roadmap: { readonly id: string }; readonly step: StepShape; readonly topic: TopicShape }>,
  done: ReadonlySet<string> | Iterable<string>
): Progress {
  const isDone = has(done)
  const progress: Progress = { done: 0, total: 0 }
  for (const { roadmap, step, topic } of topics) {
    progress.total++
    if (keysOf(roadmap.id, step, topic).some(isDone)) progress.done++
  }
  return progress
}

/**
 * Done and total of the topics of one step, from the stored keys `done`
 * (following aliases).
 *
 * @example
 *   stepProgress(backend, findStep(backend, 'databases'), done) // { done: 2, total: 7 }
 */
export function stepProgress(
  roadmap: { readonly id: string },
  step: StepShape,
  done: ReadonlySet<string> | Iterable<string>
): Progress {
  return topicsProgress(
    step.topics.map((topic) => ({ roadmap, step, topic })),
    done
  )
}

/**
 * Done and total of every topic of a roadmap, from the stored keys `done`
 * (following aliases), with each step's.
 *
 * @example
 *   const { done, total, steps } = roadmapProgress(backend, new Set(['backend/databases/indexing']))
 *   steps.get('backend/databases') // { done: 1, total: 7 }
 */
export function roadmapProgress(
  roadmap: RoadmapShape,
  done: ReadonlySet<string> | Iterable<string>
): Progress & { steps: Map<string, Progress> } {
  const set = done instanceof Set ? (done as ReadonlySet<string>) : new Set(done)
  const steps = new Map<string, Progress>()
  const total: Progress = { done: 0, total: 0 }
  for (const step of roadmap.steps) {
    const progress = stepProgress(roadmap, step, set)
    steps.set(stepKey(roadmap, step), progress)
    total.done += progress.done
    total.total += progress.total
  }
  return { ...total, steps }
}
