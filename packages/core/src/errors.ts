/**
 * Errors `@roadmap/core` throws. Match on `code`, which is stable; messages
 * may be reworded.
 */
export class RoadmapError extends Error {
  readonly code: string

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'RoadmapError'
    this.code = code
  }
}

/** The content folder given to `loadContent` does not exist or is not a folder. */
export class ContentNotFoundError extends RoadmapError {
  readonly directory: string

  constructor(directory: string, options?: ErrorOptions) {
    super('ERR_ROADMAP_CONTENT_NOT_FOUND', `Cannot find content folder \`${directory}\``, options)
    this.name = 'ContentNotFoundError'
    this.directory = directory
  }
}
