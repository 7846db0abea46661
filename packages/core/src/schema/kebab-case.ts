// Plain patterns, without zod: the query helpers use them in browser bundles
// that must not carry a schema library.

/** Kebab-case: lowercase letters and digits in groups joined by single hyphens. */
export const kebabCasePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const id = '[a-z0-9]+(?:-[a-z0-9]+)*'

/** A step key: `roadmap-id/step-id`, such as `backend/databases`. */
export const stepKeyPattern: RegExp = new RegExp(`^${id}/${id}$`)

/** A topic key: `roadmap-id/step-id/topic-id`, such as `backend/databases/indexing`. */
export const topicKeyPattern: RegExp = new RegExp(`^${id}/${id}/${id}$`)
