import { coreRuleIds } from '@roadmap/core/pipeline-light'

/**
 * Stable ids of the rules `@roadmap/lint` adds on top of the core's. Config
 * files and suppression comments refer to them: never rename or reuse one.
 */
export const lintRuleIds = {
  duplicateResourceUrl: 'duplicate-resource-url',
  resourceKindMismatch: 'resource-kind-mismatch',
  urlTrackingParams: 'url-tracking-params',
  urlShortener: 'url-shortener',
  urlInsecure: 'url-insecure',
  urlMalformed: 'url-malformed',
  linkUnresolved: 'link-unresolved',
  stepNumbering: 'step-numbering',
  headingIncrement: 'heading-increment',
  titleMaxLength: 'title-max-length',
  summaryMaxLength: 'summary-max-length',
  listMarker: 'list-marker',
  disableComment: 'disable-comment',
  invisibleCharacter: 'invisible-character',
  urlLookalikeHost: 'url-lookalike-host',
  textMaxLength: 'text-max-length',
  resourceOfficialFirst: 'resource-official-first',
  resourceKindConsistent: 'resource-kind-consistent',
  proseCount: 'prose-count',
  reviewDate: 'review-date',
  claimExpired: 'claim-expired',
  spelling: 'spelling',
  internalError: 'internal-error'
} as const

export { coreRuleIds }

/**
 * Rules that no configuration and no disable comment can silence or change:
 * the core's (the content format itself: a file with one of their errors is
 * left out of the dataset, whatever the linter reports) and `internal-error`
 * (a check that failed did not check the file).
 */
export const unsuppressibleRuleIds: ReadonlySet<string> = new Set([
  ...Object.values(coreRuleIds),
  lintRuleIds.internalError
])
