import { RoadmapError } from '@roadmap/errors'

export { RoadmapError }

/** The stable `code` of every error `@roadmap/lint` throws. */
export type RoadmapLintErrorCode =
  | 'ERR_ROADMAP_LINT_CONFIG'
  | 'ERR_ROADMAP_LINT_USAGE'
  | 'ERR_ROADMAP_LINT_GIT'
  | 'ERR_ROADMAP_LINT_CACHE'

/**
 * Errors `@roadmap/lint` throws: `RoadmapError`s (`@roadmap/errors`), like
 * those of `@roadmap/core` and `@roadmap/links`. Match on `code`, which is
 * stable; messages may be reworded. The CLI turns each into exit code 2.
 */
export class RoadmapLintError extends RoadmapError<RoadmapLintErrorCode> {
  constructor(code: RoadmapLintErrorCode, message: string, options?: ErrorOptions) {
    super(code, message, options)
    this.name = 'RoadmapLintError'
  }
}

/** The configuration file cannot be read, parsed or validated. */
export class ConfigError extends RoadmapLintError {
  readonly file: string | undefined

  constructor(message: string, file?: string, options?: ErrorOptions) {
    super('ERR_ROADMAP_LINT_CONFIG', message, options)
    this.name = 'ConfigError'
    this.file = file
  }
}

/** A command-line argument is missing, unknown or malformed. */
export class UsageError extends RoadmapLintError {
  constructor(message: string, options?: ErrorOptions) {
    super('ERR_ROADMAP_LINT_USAGE', message, options)
    this.name = 'UsageError'
  }
}

/** `--changed` could not ask git what changed. */
export class GitError extends RoadmapLintError {
  constructor(message: string, options?: ErrorOptions) {
    super('ERR_ROADMAP_LINT_GIT', message, options)
    this.name = 'GitError'
  }
}

/** A cache file cannot be used at all: it is tracked by git, so the repository could have written it. */
export class CacheError extends RoadmapLintError {
  /** The cache file. */
  readonly file: string

  constructor(message: string, file: string, options?: ErrorOptions) {
    super('ERR_ROADMAP_LINT_CACHE', message, options)
    this.name = 'CacheError'
    this.file = file
  }
}
