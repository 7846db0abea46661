import type { Position } from 'unist'

/**
 * Where each built object came from, so that problems found in the model
 * (by zod or by cross-file rules) are reported at the Markdown or YAML that
 * wrote it.
 */
export class Positions {
  readonly #positions = new WeakMap<object, Position>()
  // Strings have no identity: an entry of a list of strings (an alias) is placed by its list and index.
  readonly #entries = new WeakMap<object, Map<PropertyKey, Position>>()

  set(value: object, position: Position | undefined): void {
    if (position) this.#positions.set(value, position)
  }

  get(value: object): Position | undefined {
    return this.#positions.get(value)
  }

  /** Place `owner[key]`, for a value that is not an object (a string in a list). */
  setAt(owner: object, key: PropertyKey, position: Position | undefined): void {
    if (!position) return
    const entries = this.#entries.get(owner) ?? new Map<PropertyKey, Position>()
    this.#entries.set(owner, entries)
    entries.set(key, position)
  }

  /** The position of `owner[key]` set with `setAt`, else of the object `owner[key]`. */
  getAt(owner: object, key: PropertyKey): Position | undefined {
    const value = (owner as Record<PropertyKey, unknown>)[key]
    return (
      this.#entries.get(owner)?.get(key) ?? (typeof value === 'object' && value !== null ? this.get(value) : undefined)
    )
  }

  /** The position of the deepest object on `path` that has one. */
  along(root: unknown, path: ReadonlyArray<PropertyKey>): Position | undefined {
    let found = typeof root === 'object' && root !== null ? this.get(root) : undefined
    let current = root
    for (const key of path) {
      if (typeof current !== 'object' || current === null) break
      found = this.getAt(current, key) ?? found
      current = (current as Record<PropertyKey, unknown>)[key]
    }
    return found
  }
}
