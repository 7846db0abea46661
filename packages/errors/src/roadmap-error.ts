/**
 * Marks every `RoadmapError`, of any copy of this package: an app may end up
 * with two (`@roadmap/lint` and `@roadmap/links` each resolving their own), and
 * `instanceof` must hold for errors from both. The registry symbol is the same
 * in every copy, as undici does for its `UndiciError`.
 */
const roadmapErrorBrand = Symbol.for('@roadmap/errors.RoadmapError')

/**
 * The base class of every error `@roadmap/core`, `@roadmap/lint` and
 * `@roadmap/links` throw. Match on `code`, which is stable (`ERR_ROADMAP_…`);
 * messages may be reworded. Each package extends it with its own codes, and
 * bad content or a dead link is never thrown: it is a diagnostic or a verdict.
 *
 * @example
 *   try {
 *     await loadContent('content')
 *   } catch (error) {
 *     if (error instanceof RoadmapError && error.code === 'ERR_ROADMAP_CONTENT_NOT_FOUND') usage()
 *     else throw error
 *   }
 */
export class RoadmapError<Code extends string = string> extends Error {
  /** Stable: `ERR_ROADMAP_` and the package's name for its errors (`ERR_ROADMAP_LINT_CONFIG`). */
  readonly code: Code

  constructor(code: Code, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'RoadmapError'
    this.code = code
  }

  /**
   * `error instanceof RoadmapError` holds for a `RoadmapError` made by any copy
   * of this package; `instanceof` a subclass (`ConfigError`) is JavaScript's own.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class asked about, a subclass too
    if (this !== RoadmapError) return Function.prototype[Symbol.hasInstance].call(this, value)
    return typeof value === 'object' && value !== null && roadmapErrorBrand in value
  }
}

Object.defineProperty(RoadmapError.prototype, roadmapErrorBrand, { value: true })
