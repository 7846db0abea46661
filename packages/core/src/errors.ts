import { RoadmapError } from '@roadmap/errors'

// One base class for the errors of every @roadmap package, from the tiny
// `@roadmap/errors` that `@roadmap/links` shares without depending on core.
export { RoadmapError }

/** The stable `code` of every error `@roadmap/core` throws. */
export type RoadmapErrorCode = 'ERR_ROADMAP_CONTENT_NOT_FOUND' | 'ERR_ROADMAP_CONTENT_PATH'

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
