import { parseStepKey, parseTopicKey, stepKey, topicKey } from './keys.js'
import type { RoadmapShape, StepIn, TopicIn } from './shapes.js'

/** A step found by its key, with its roadmap and its key now. */
export interface StepMatch<R extends RoadmapShape> {
  roadmap: R
  step: StepIn<R>
  /** The step's key now: the key looked up, or the step's new key when that was an alias. */
  key: string
  /** Whether the key looked up is a former key (an alias) of the step. */
  moved: boolean
}

/** A topic found by its key, with its roadmap, step and key now. */
export interface TopicMatch<R extends RoadmapShape> {
  roadmap: R
  step: StepIn<R>
  topic: TopicIn<StepIn<R>>
  /** The topic's key now: the key looked up, or the topic's new key when that was an alias. */
  key: string
  /** Whether the key looked up is a former key (an alias) of the topic. */
  moved: boolean
}

/**
 * The step with key `key` (`roadmap-id/step-id`), following aliases: a step
 * that moved or was renamed is found by its former key too (`moved: true`).
 * `undefined` for a key that names nothing, or is not a key at all.
 *
 * @example
 *   findStepByKey(roadmaps, 'backend/databases')?.step.title
 */
export function findStepByKey<R extends RoadmapShape>(
  roadmaps: ReadonlyArray<R>,
  key: string
): StepMatch<R> | undefined {
  const parsed = parseStepKey(key)
  if (!parsed.ok) return undefined
  for (const roadmap of roadmaps)
    for (const step of roadmap.steps as ReadonlyArray<StepIn<R>>) {
      if (roadmap.id === parsed.roadmap && step.id === parsed.step)
        return { roadmap, step, key: parsed.key, moved: false }
    }
  for (const roadmap of roadmaps)
    for (const step of roadmap.steps as ReadonlyArray<StepIn<R>>)
      if (step.aliases.includes(parsed.key)) return { roadmap, step, key: stepKey(roadmap, step), moved: true }
  return undefined
}

/**
 * The topic with key `key` (`roadmap-id/step-id/topic-id`), following
 * aliases: a topic that moved to another step or roadmap, or was renamed, is
 * found by its former key too (`moved: true`). `undefined` for a key that
 * names nothing, or is not a key at all.
 *
 * @example
 *   findTopicByKey(roadmaps, 'backend/databases/indexing')?.topic.title
 */
export function findTopicByKey<R extends RoadmapShape>(
  roadmaps: ReadonlyArray<R>,
  key: string
): TopicMatch<R> | undefined {
  const parsed = parseTopicKey(key)
  if (!parsed.ok) return undefined
  return topicIndex(roadmaps).get(parsed.key)
}

/**
 * Every key and former key of every topic of `roadmaps`, to the topic it
 * leads to now: its key, then its own aliases (`topic-aliases`), then the
 * keys it had under each former key of its step (a step renamed with
 * `aliases` takes its topics along). Earlier kinds win (the content checks
 * forbid an alias that is a live key; a parsed roadmap may not be checked).
 */
export function topicIndex<R extends RoadmapShape>(roadmaps: ReadonlyArray<R>): Map<string, TopicMatch<R>> {
  const live: Array<[string, TopicMatch<R>]> = []
  const aliases: Array<[string, TopicMatch<R>]> = []
  const underStepAliases: Array<[string, TopicMatch<R>]> = []
  for (const roadmap of roadmaps)
    for (const step of roadmap.steps as ReadonlyArray<StepIn<R>>)
      for (const topic of step.topics as ReadonlyArray<TopicIn<StepIn<R>>>) {
        const key = topicKey(roadmap, step, topic)
        const moved = { roadmap, step, topic, key, moved: true }
        live.push([key, { ...moved, moved: false }])
        for (const alias of topic.aliases) aliases.push([alias, moved])
        for (const alias of step.aliases) underStepAliases.push([`${alias}/${topic.id}`, moved])
      }
  const index = new Map<string, TopicMatch<R>>()
  for (const [key, match] of [...live, ...aliases, ...underStepAliases]) if (!index.has(key)) index.set(key, match)
  return index
}
