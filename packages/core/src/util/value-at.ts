/** The value at `path` inside `value`, or `undefined` where the path leaves the object. */
export function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/** zod messages start with a capital; inside our sentences they follow a comma. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
