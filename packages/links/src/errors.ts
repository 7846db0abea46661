import { RoadmapError } from '@roadmap/errors'

export { RoadmapError }

/** The stable `code` of every error `@roadmap/links` throws. */
export type LinkCheckErrorCode =
  | 'ERR_ROADMAP_LINKS_SHARD_INVALID'
  | 'ERR_ROADMAP_LINKS_OPTION_INVALID'
  | 'ERR_ROADMAP_LINKS_FINISHED'
  | 'ERR_ROADMAP_LINKS_PRIVATE_ADDRESS'
  | 'ERR_ROADMAP_LINKS_DEADLINE'
  | 'ERR_ROADMAP_LINKS_REQUEST_TIMEOUT'
  | 'ERR_ROADMAP_LINKS_THREAD'

/**
 * Errors the link checker throws: `RoadmapError`s (`@roadmap/errors`), like
 * those of `@roadmap/core` and `@roadmap/lint`. Match on `code`, which is
 * stable; messages may be reworded. Failures of a link are never thrown: they
 * are verdicts.
 */
export class LinkCheckError extends RoadmapError<LinkCheckErrorCode> {
  constructor(code: LinkCheckErrorCode, message: string, options?: ErrorOptions) {
    super(code, message, options)
    this.name = 'LinkCheckError'
  }
}

/** `--shard` is not `i/n` with whole numbers `1 <= i <= n`. */
export class ShardFormatError extends LinkCheckError {
  readonly input: string

  constructor(input: string, expected: string) {
    super('ERR_ROADMAP_LINKS_SHARD_INVALID', `Unexpected shard \`${input}\`, expected ${expected}`)
    this.name = 'ShardFormatError'
    this.input = input
  }
}

/** An option given to `createLinkChecker` is out of range or of the wrong type. */
export class LinkOptionsError extends LinkCheckError {
  readonly option: string

  constructor(option: string, message: string) {
    super('ERR_ROADMAP_LINKS_OPTION_INVALID', `Unexpected value for \`${option}\`: ${message}`)
    this.name = 'LinkOptionsError'
    this.option = option
  }
}

/** `add()` was called after `finish()`. */
export class LinkCheckerFinishedError extends LinkCheckError {
  constructor() {
    super('ERR_ROADMAP_LINKS_FINISHED', 'Cannot add links to a checker after `finish()`')
    this.name = 'LinkCheckerFinishedError'
  }
}

/**
 * A host name resolved only to addresses the checker refuses to connect to
 * (loopback, private, link-local, …). Raised inside the DNS lookup so that
 * undici never opens the socket; it ends up as a `broken` result.
 */
export class PrivateAddressError extends LinkCheckError {
  readonly address: string

  constructor(address: string) {
    super('ERR_ROADMAP_LINKS_PRIVATE_ADDRESS', `refused: private address ${address}`)
    this.name = 'PrivateAddressError'
    this.address = address
  }
}

/** The run's deadline passed (or the caller's signal aborted) before the link was checked. Internal. */
export class DeadlineReachedError extends LinkCheckError {
  constructor() {
    super('ERR_ROADMAP_LINKS_DEADLINE', 'The link check deadline passed')
    this.name = 'DeadlineReachedError'
  }
}

/** One request took longer than `requestTimeout` from start to end. Internal. */
export class RequestTimeoutError extends LinkCheckError {
  readonly timeout: number

  constructor(timeout: number) {
    super('ERR_ROADMAP_LINKS_REQUEST_TIMEOUT', `No complete response within ${timeout} ms`)
    this.name = 'RequestTimeoutError'
    this.timeout = timeout
  }
}

/** The checker's worker thread stopped or could not start. */
export class LinkThreadError extends LinkCheckError {
  constructor(message: string, options?: ErrorOptions) {
    super('ERR_ROADMAP_LINKS_THREAD', message, options)
    this.name = 'LinkThreadError'
  }
}
