import type { LinkSummary } from '@roadmap/core/pipeline-light'
import type { VerdictOf } from '../linter/check-links.js'

/**
 * What `lint()` needs of a link checker (`createLinkChecks` makes one from
 * `@roadmap/links`): the links of each file as soon as it is checked, and,
 * once every file is, the verdict on each.
 */
export interface LinkChecks {
  /** A reported file that the configuration does not ignore was checked: start checking its links. */
  add(path: string, links: ReadonlyArray<LinkSummary>): void
  /** Once every file was added: the verdict on each link of the file at `path` that was checked, by URL as written. */
  verdicts(): Promise<(path: string) => VerdictOf>
  /**
   * For linting again after `--fix` rewrote files: the verdicts known, looked
   * up by URL at the links' places now, without new requests.
   */
  replay(): LinkChecks
}
