/** The stable `code` of every error `@roadmap/core` throws. */
export type RoadmapErrorCode = 'ERR_ROADMAP_CONTENT_NOT_FOUND' | 'ERR_ROADMAP_CONTENT_PATH'

/**
 * Errors `@roadmap/core` throws. Match on `code`, which is stable; messages
 * may be reworded. The packages built on core extend it with codes of their
 * own (`Code`).
 */
export class RoadmapError<Code extends string = RoadmapErrorCode> extends Error {
  readonly code: Code

  constructor(code: Code, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'RoadmapError'
    this.code = code
  }
}

/** The content folder given to `loadContent` does not exist or is not a folder. */
export class ContentNotFoundError extends RoadmapError<'ERR_ROADMAP_CONTENT_NOT_FOUND'> {
  readonly directory: string

  constructor(directory: string, options?: ErrorOptions) {
    super('ERR_ROADMAP_CONTENT_NOT_FOUND', `Cannot find content folder \`${directory}\``, options)
    this.name = 'ContentNotFoundError'
    this.directory = directory
  }
}

/** A path named to lint or load is neither a content folder, a roadmap folder nor a Markdown file. */
export class ContentPathError extends RoadmapError<'ERR_ROADMAP_CONTENT_PATH'> {
  readonly path: string

  constructor(path: string, message: string, options?: ErrorOptions) {
    super('ERR_ROADMAP_CONTENT_PATH', message, options)
    this.name = 'ContentPathError'
    this.path = path
  }
}
