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
  internalError: 'internal-error'
} as const

export { coreRuleIds }
