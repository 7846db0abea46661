// The fixed values of the format, without zod: the query helpers use them in
// browser bundles that must not carry a schema library.

/** The kinds a resource can be, written as the link title in Markdown. */
export const resourceKinds = ['official', 'article', 'video', 'course', 'book', 'podcast', 'opensource'] as const

/** What kind a resource is. */
export type ResourceKind = (typeof resourceKinds)[number]

/** How demanding a step is. */
export const levels = ['beginner', 'intermediate', 'advanced'] as const

/** How demanding a step is. */
export type Level = (typeof levels)[number]
