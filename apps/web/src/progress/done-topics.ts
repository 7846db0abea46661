// The storage contract (see the README): one localStorage entry, its key
// versioned so that a new format can live beside the old one, holding a JSON
// array of topic keys. Everything read from storage is untrusted: another app
// on the same origin, an older release or a hand edit may have written it.

/** The localStorage key of the topics a learner has done. */
export const progressStorageKey = 'roadmap-progress:v1'

/**
 * The topic keys stored in `stored`, or none when it is missing, not JSON or
 * not an array. Keys of topics a content release removed are kept: they cost
 * nothing and come back into use if the topic does.
 *
 * @example
 *   parseDoneTopics('["backend/apis/rest"]') // Set { 'backend/apis/rest' }
 *   parseDoneTopics('{oops') // Set {}
 */
export function parseDoneTopics(stored: string | null): Set<string> {
  if (stored === null) return new Set()
  let value: unknown
  try {
    value = JSON.parse(stored)
  } catch {
    return new Set()
  }
  if (!Array.isArray(value)) return new Set()
  return new Set(value.filter((key): key is string => typeof key === 'string'))
}

/** The stored form of `done`: sorted, so that equal progress is stored equally. */
export function serializeDoneTopics(done: ReadonlySet<string>): string {
  return JSON.stringify([...done].sort())
}

/** How many of `topicKeys` are done; keys not in `topicKeys` do not count. */
export function countDone(done: ReadonlySet<string>, topicKeys: readonly string[]): number {
  return topicKeys.filter((key) => done.has(key)).length
}
