import { stepKeyPattern, topicKeyPattern } from '../schema/kebab-case.js'

/** Something with an id, or the id itself. */
type Named<Id extends string> = Id | { readonly id: Id }

// From plain JavaScript anything may come: read an id, never throw.
const idOf = <Id extends string>(named: Named<Id>): Id =>
  (typeof named === 'object' && named !== null ? named.id : String(named)) as Id

/**
 * The key of a step across roadmaps: `roadmap-id/step-id`.
 *
 * @example
 *   stepKey('backend', 'databases') // 'backend/databases'
 *   stepKey(backend, step)          // the same, from the objects
 */
export function stepKey<R extends string, S extends string>(roadmap: Named<R>, step: Named<S>): `${R}/${S}` {
  return `${idOf(roadmap)}/${idOf(step)}`
}

/**
 * The key of a topic across roadmaps, `roadmap-id/step-id/topic-id`: the one
 * stable key format, the key apps store a learner's progress under (topic ids
 * alone are not unique). A topic that moves keeps its former keys as
 * `aliases`, and the lookup and progress helpers follow them.
 *
 * @example
 *   topicKey('backend', 'databases', 'indexing') // 'backend/databases/indexing'
 *   topicKey(backend, step, topic)               // the same, from the objects
 */
export function topicKey<R extends string, S extends string, T extends string>(
  roadmap: Named<R>,
  step: Named<S>,
  topic: Named<T>
): `${R}/${S}/${T}` {
  return `${idOf(roadmap)}/${idOf(step)}/${idOf(topic)}`
}

/** A key read back into its ids, or why it is not a key. */
export type KeyParseResult<Parts> = ({ ok: true; key: string } & Parts) | { ok: false; error: string }

/**
 * Read a topic key (`roadmap-id/step-id/topic-id`) back into its ids. Never
 * throws: anything else (from storage, a URL, plain JavaScript) gives
 * `{ ok: false, error }` naming the expected format. It checks the form
 * only; `findTopicByKey` says whether the topic exists, following aliases.
 *
 * @example
 *   parseTopicKey('backend/databases/indexing') // { ok: true, key, roadmap: 'backend', step: 'databases', topic: 'indexing' }
 *   parseTopicKey('indexing').ok               // false
 */
export function parseTopicKey(key: unknown): KeyParseResult<{ roadmap: string; step: string; topic: string }> {
  if (typeof key !== 'string' || !topicKeyPattern.test(key)) return { ok: false, error: keyError(key, 'topic') }
  const [roadmap = '', step = '', topic = ''] = key.split('/')
  return { ok: true, key, roadmap, step, topic }
}

/**
 * Read a step key (`roadmap-id/step-id`) back into its ids; `{ ok: false,
 * error }` for anything else.
 *
 * @example
 *   parseStepKey('backend/databases') // { ok: true, key, roadmap: 'backend', step: 'databases' }
 */
export function parseStepKey(key: unknown): KeyParseResult<{ roadmap: string; step: string }> {
  if (typeof key !== 'string' || !stepKeyPattern.test(key)) return { ok: false, error: keyError(key, 'step') }
  const [roadmap = '', step = ''] = key.split('/')
  return { ok: true, key, roadmap, step }
}

function keyError(key: unknown, level: 'step' | 'topic'): string {
  const format = level === 'topic' ? '`roadmap-id/step-id/topic-id`' : '`roadmap-id/step-id`'
  const example = level === 'topic' ? '`backend/databases/indexing`' : '`backend/databases`'
  const written = typeof key === 'string' ? `\`${key.length > 80 ? `${key.slice(0, 80)}…` : key}\`` : `a ${typeof key}`
  return `Unexpected ${level} key ${written}, expected ${format} in kebab-case, such as ${example}`
}
