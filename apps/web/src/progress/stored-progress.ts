// The storage contract (see the README): one localStorage entry, its key
// versioned so that a new format can live beside the old one. Everything read
// from storage, a file or a link is untrusted: another app on the same origin,
// an older release or a hand edit may have written it, so reading never throws
// and keeps only what has the expected form.

/** A topic's progress; a topic with none stored is not started. */
export type TopicState = 'in-progress' | 'done' | 'skipped'

export const topicStates: readonly TopicState[] = ['in-progress', 'done', 'skipped']

/** A learner's progress as stored: each topic key with its state, and the topic changed last. */
export interface StoredProgress {
  topics: Record<string, TopicState>
  /** The key of the topic changed last, for "continue where you left off". */
  last?: string
}

/** The localStorage key of the learner's progress. */
export const progressStorageKey = 'roadmap-progress:v2'

/** The first format's key: a JSON array of the keys of the topics done. Read once, when v2 is missing. */
export const legacyProgressStorageKey = 'roadmap-progress:v1'

const isState = (value: unknown): value is TopicState => topicStates.includes(value as TopicState)
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function parseJson(text: string | null): unknown {
  if (text === null) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The progress in `value` (a parsed v2 entry or file): the entries whose key
 * is a string and whose state is one of `topicStates`; anything else is none.
 * Keys are kept whatever they name: whether a topic still exists is decided
 * against the dataset (reconcile.ts), never by dropping data here.
 *
 * @example
 *   progressFrom({ topics: { 'backend/apis/rest': 'done', x: 'nope' } }) // { topics: { 'backend/apis/rest': 'done' } }
 */
export function progressFrom(value: unknown): StoredProgress {
  const progress: StoredProgress = { topics: {} }
  if (!isRecord(value) || !isRecord(value['topics'])) return progress
  for (const [key, state] of Object.entries(value['topics'])) if (isState(state)) progress.topics[key] = state
  if (typeof value['last'] === 'string') progress.last = value['last']
  return progress
}

/**
 * The progress stored under `roadmap-progress:v2` (`stored`), or, when there
 * is none, the topics done of the first format (`legacy`, v1). Missing,
 * corrupt or foreign values read as no progress.
 *
 * @example
 *   readStoredProgress(null, '["backend/apis/rest"]') // { topics: { 'backend/apis/rest': 'done' } }
 */
export function readStoredProgress(stored: string | null, legacy: string | null = null): StoredProgress {
  if (stored !== null) return progressFrom(parseJson(stored))
  const keys = parseJson(legacy)
  const progress: StoredProgress = { topics: {} }
  if (Array.isArray(keys)) for (const key of keys) if (typeof key === 'string') progress.topics[key] = 'done'
  return progress
}

/** The stored form of `progress`: keys sorted, so that equal progress is stored equally. */
export function serializeProgress(progress: StoredProgress): string {
  const topics = Object.fromEntries(Object.entries(progress.topics).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return JSON.stringify(progress.last === undefined ? { topics } : { topics, last: progress.last })
}

/** `progress` with `key` set to `state` (`undefined`: not started), and `key` as the topic changed last. */
export function withTopicState(progress: StoredProgress, key: string, state: TopicState | undefined): StoredProgress {
  const topics = { ...progress.topics }
  if (state === undefined) delete topics[key]
  else topics[key] = state
  return { topics, last: key }
}
