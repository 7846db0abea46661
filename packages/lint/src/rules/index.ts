import type { LintRuleMeta } from '../rule/define-rule.js'
import { linkRuleIds, linkRules } from './link-rules.js'
import { coreRules } from './core-rules.js'
import type { Rule } from '../rule/define-rule.js'
import { duplicateResourceUrl } from './duplicate-resource-url.js'
import { headingIncrement } from './heading-increment.js'
import { linkUnresolved } from './link-unresolved.js'
import { listMarker } from './list-marker.js'
import { resourceKindMismatch } from './resource-kind-mismatch.js'
import { stepNumbering } from './step-numbering.js'
import { summaryMaxLength } from './summary-max-length.js'
import { titleMaxLength } from './title-max-length.js'
import { urlInsecure } from './url-insecure.js'
import { urlMalformed } from './url-malformed.js'
import { urlShortener } from './url-shortener.js'
import { urlTrackingParams } from './url-tracking-params.js'

/** The structure rules `@roadmap/lint` adds to the core's checks. */
export const lintRules: ReadonlyArray<Rule> = [
  duplicateResourceUrl,
  headingIncrement,
  linkUnresolved,
  listMarker,
  resourceKindMismatch,
  stepNumbering,
  summaryMaxLength,
  titleMaxLength,
  urlInsecure,
  urlMalformed,
  urlShortener,
  urlTrackingParams
]

/** Every rule a run can report, core and link rules included, sorted by id. */
export const allRuleMeta: ReadonlyArray<LintRuleMeta> = [
  ...coreRules,
  ...lintRules.map((rule) => rule.meta),
  ...linkRules.map((meta) => ({ ...meta, fixable: meta.id === linkRuleIds.redirected }))
].sort((a, b) => (a.id < b.id ? -1 : 1))
