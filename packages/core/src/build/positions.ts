import type { Position } from 'unist'

/**
 * Where each built object came from, so that problems found in the model
 * (by zod or by cross-file rules) are reported at the Markdown or YAML that
 * wrote it.
 */
export class Positions {
  readonly #positions = new WeakMap<object, Position>()

  set(value: object, position: Position | undefined): void {
    if (position) this.#positions.set(value, position)
  }

  get(value: object): Position | undefined {
    return this.#positions.get(value)
  }

  /** The position of the deepest object on `path` that has one. */
  along(root: unknown, path: ReadonlyArray<PropertyKey>): Position | undefined {
    let found = typeof root === 'object' && root !== null ? this.get(root) : undefined
    let current = root
    for (const key of path) {
      if (typeof current !== 'object' || current === null) break
      current = (current as Record<PropertyKey, unknown>)[key]
      if (typeof current === 'object' && current !== null) found = this.get(current) ?? found
    }
    return found
  }
}
