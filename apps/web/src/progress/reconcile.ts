import {
  readProgress,
  stepProgress,
  topicsProgress,
  type RoadmapShape,
  type StepShape,
  type TopicShape
} from '@roadmap/core/query'
import type { StoredProgress, TopicState } from './stored-progress.js'

/** Stored progress read against the roadmaps of this release. */
export interface ReconciledProgress {
  /** The state of each topic, by its key now: a key stored under a former key (an alias) counts for the topic's key. */
  states: Map<string, TopicState>
  /** Stored keys that are former keys of a topic, and the key they count for now. */
  moved: Array<{ from: string; to: string }>
  /** Stored keys that name no topic of this release, with their states: kept aside, never counted. */
  stale: Record<string, TopicState>
}

/**
 * Read stored progress against `roadmaps` with core's `readProgress`:
 * aliases are followed, and keys of no topic are kept aside as stale. When a
 * topic's key and a former key are both stored, its key wins.
 *
 * @example
 *   reconcileProgress(roadmaps, { topics: { 'backend/gone/topic': 'done' } }).stale // { 'backend/gone/topic': 'done' }
 */
export function reconcileProgress(roadmaps: ReadonlyArray<RoadmapShape>, stored: StoredProgress): ReconciledProgress {
  const entries = Object.entries(stored.topics)
  const report = readProgress(
    roadmaps,
    entries.map(([key]) => key)
  )
  const movedTo = new Map(report.moved.map(({ from, to }) => [from, to]))
  const unknown = new Set(report.unknown)
  const states = new Map<string, TopicState>()
  const stale: Record<string, TopicState> = {}
  for (const [key, state] of entries) {
    if (unknown.has(key)) stale[key] = state
    else if (!movedTo.has(key)) states.set(key, state)
  }
  for (const [key, state] of entries) {
    const to = movedTo.get(key)
    if (to !== undefined && !states.has(to)) states.set(to, state)
  }
  return { states, moved: report.moved, stale }
}

/** What to store back: the states under the keys of now (following the moves) and the stale keys as they were. */
export function storedFrom(reconciled: ReconciledProgress, last: string | undefined): StoredProgress {
  const topics: Record<string, TopicState> = { ...reconciled.stale }
  for (const [key, state] of reconciled.states) topics[key] = state
  const lastNow = reconciled.moved.find(({ from }) => from === last)?.to ?? last
  return lastNow === undefined ? { topics } : { topics, last: lastNow }
}

/** How far a set of topics has got. */
export interface StateCounts {
  total: number
  done: number
  inProgress: number
  skipped: number
}

/** The keys of the topics in `state`. */
export function keysIn(states: ReadonlyMap<string, TopicState>, state: TopicState): Set<string> {
  return new Set([...states].filter(([, each]) => each === state).map(([key]) => key))
}

/**
 * The counts of each state among `topics` (as `allTopics` gives them), with
 * core's `topicsProgress`.
 *
 * @example
 *   countStates(allTopics([roadmap]), reconciled.states) // { total: 147, done: 3, inProgress: 1, skipped: 0 }
 */
export function countStates(
  topics: ReadonlyArray<{
    readonly roadmap: { readonly id: string }
    readonly step: StepShape
    readonly topic: TopicShape
  }>,
  states: ReadonlyMap<string, TopicState>
): StateCounts {
  const count = (state: TopicState) => topicsProgress(topics, keysIn(states, state)).done
  return { total: topics.length, done: count('done'), inProgress: count('in-progress'), skipped: count('skipped') }
}

/** The counts of one step's topics, with core's `stepProgress`. */
export function countStepStates(
  roadmap: { readonly id: string },
  step: StepShape,
  states: ReadonlyMap<string, TopicState>
): StateCounts {
  const count = (state: TopicState) => stepProgress(roadmap, step, keysIn(states, state)).done
  return { total: step.topics.length, done: count('done'), inProgress: count('in-progress'), skipped: count('skipped') }
}

/**
 * How a progress bar reads the counts: skipped topics leave the count (the
 * learner chose not to learn them), so skipping the rest completes a step.
 *
 * @example
 *   progressSummary({ total: 7, done: 3, inProgress: 1, skipped: 1 }) // { value: 3, max: 6, text: '3 of 6 topics done · 1 in progress · 1 skipped' }
 */
export function progressSummary(counts: StateCounts): { value: number; max: number; text: string } {
  const max = counts.total - counts.skipped
  const parts = [`${counts.done} of ${max} ${max === 1 ? 'topic' : 'topics'} done`]
  if (counts.inProgress > 0) parts.push(`${counts.inProgress} in progress`)
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`)
  // A <progress> needs a maximum above 0: every topic skipped is a finished bar.
  return max > 0 ? { value: counts.done, max, text: parts.join(' · ') } : { value: 1, max: 1, text: parts.join(' · ') }
}
