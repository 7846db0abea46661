import { RoadmapError } from '@roadmap/core'

export { GitError, UsageError } from '@roadmap/lint'

/** The stable `code` of the errors the release checks add to those of `@roadmap/lint` (`GitError`, `UsageError`), which they share. */
export type ReleaseCheckErrorCode =
  | 'ERR_RELEASE_CHECK_CHANGESET'
  | 'ERR_RELEASE_CHECK_CONTENT'
  | 'ERR_RELEASE_CHECK_LINK_REPORT'

/**
 * Errors the release checks throw. Match on `code`, which is stable; messages
 * may be reworded. The CLIs turn every one of them into exit code 2.
 */
export class ReleaseCheckError extends RoadmapError<ReleaseCheckErrorCode> {
  constructor(code: ReleaseCheckErrorCode, message: string, options?: ErrorOptions) {
    super(code, message, options)
    this.name = 'ReleaseCheckError'
  }
}

/** A changeset file in `.changeset/` cannot be read as a changeset. */
export class ChangesetParseError extends ReleaseCheckError {
  readonly file: string

  constructor(file: string, message: string, options?: ErrorOptions) {
    super('ERR_RELEASE_CHECK_CHANGESET', message, options)
    this.name = 'ChangesetParseError'
    this.file = file
  }
}

/** The content to compare has errors, so its ids cannot be trusted. */
export class ContentInvalidError extends ReleaseCheckError {
  constructor(message: string, options?: ErrorOptions) {
    super('ERR_RELEASE_CHECK_CONTENT', message, options)
    this.name = 'ContentInvalidError'
  }
}

/** A links report (the JSON `roadmap-lint --format json` writes) has the wrong shape. */
export class LinkReportError extends ReleaseCheckError {
  constructor(message: string, options?: ErrorOptions) {
    super('ERR_RELEASE_CHECK_LINK_REPORT', message, options)
    this.name = 'LinkReportError'
  }
}
