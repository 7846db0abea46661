import type { LintRuleMeta } from '../rule/define-rule.js'
import { coreRules } from '@roadmap/core/pipeline-light'
import { internalErrorRule } from '../rule/internal-error.js'
import { linkRules } from './link-rules.js'
import type { Rule } from '../rule/define-rule.js'
import { invisibleCharacter } from './invisible-character.js'
import { urlLookalikeHost } from './url-lookalike-host.js'
import { textMaxLength } from './text-max-length.js'
import { resourceOfficialFirst } from './resource-official-first.js'
import { reviewDate } from './review-date.js'
import { claimExpired } from './claim-expired.js'
import { spelling } from './spelling.js'
import { disableComment } from './disable-comment.js'
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
  claimExpired,
  disableComment,
  invisibleCharacter,
  resourceOfficialFirst,
  reviewDate,
  spelling,
  textMaxLength,
  urlLookalikeHost,
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

/**
 * The one rule list: every rule a run can report, each once, with its id,
 * description, default severity, docs URL, whether `--fix` fixes it and the
 * files that report it; the core's, this package's and the link checks',
 * sorted by id. The docs pages, the README's table and SARIF's rule metadata
 * come from it or are tested against it (test/rule-registry.test.ts).
 */
export const allRuleMeta: ReadonlyArray<LintRuleMeta> = [
  ...coreRules,
  ...lintRules.map((rule) => rule.meta),
  ...linkRules,
  internalErrorRule
].sort((a, b) => (a.id < b.id ? -1 : 1))
