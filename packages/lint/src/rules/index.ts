import { coreRules } from '@roadmap/core/pipeline-light'
import type { LintRuleMeta, Rule } from '../rule/define-rule.js'
import { internalErrorRule } from '../rule/internal-error.js'
import { invisibleCharacter } from './invisible-character.js'
import { urlLookalikeHost } from './url-lookalike-host.js'
import { textMaxLength } from './text-max-length.js'
import { resourceOfficialFirst } from './resource-official-first.js'
import { reviewDate } from './review-date.js'
import { claimExpired } from './claim-expired.js'
import { spelling } from './spelling.js'
import { proseCount } from './prose-count.js'
import { resourceKindConsistent } from './resource-kind-consistent.js'
import { disableComment } from './disable-comment.js'
import { duplicateResourceUrl } from './duplicate-resource-url.js'
import { headingIncrement } from './heading-increment.js'
import { linkBroken } from './link-broken.js'
import { linkFragmentMissing } from './link-fragment-missing.js'
import { linkParkedDomain } from './link-parked-domain.js'
import { linkRedirectHome } from './link-redirect-home.js'
import { linkRedirectLogin } from './link-redirect-login.js'
import { linkRedirected } from './link-redirected.js'
import { linkSoft404 } from './link-soft-404.js'
import { linkUnchecked } from './link-unchecked.js'
import { linkUnresolved } from './link-unresolved.js'
import { linkUnverifiable } from './link-unverifiable.js'
import { listMarker } from './list-marker.js'
import { resourceKindMismatch } from './resource-kind-mismatch.js'
import { stepNumbering } from './step-numbering.js'
import { summaryMaxLength } from './summary-max-length.js'
import { titleMaxLength } from './title-max-length.js'
import { urlInsecure } from './url-insecure.js'
import { urlMalformed } from './url-malformed.js'
import { urlShortener } from './url-shortener.js'
import { urlTrackingParams } from './url-tracking-params.js'

/**
 * The rules `@roadmap/lint` adds to the core's, sorted by id: file rules,
 * content rules, and the link rules (which run when links are checked).
 */
export const lintRules: ReadonlyArray<Rule> = [
  claimExpired,
  disableComment,
  duplicateResourceUrl,
  headingIncrement,
  invisibleCharacter,
  linkBroken,
  linkFragmentMissing,
  linkParkedDomain,
  linkRedirectHome,
  linkRedirectLogin,
  linkRedirected,
  linkSoft404,
  linkUnchecked,
  linkUnresolved,
  linkUnverifiable,
  listMarker,
  proseCount,
  resourceKindConsistent,
  resourceKindMismatch,
  resourceOfficialFirst,
  reviewDate,
  spelling,
  stepNumbering,
  summaryMaxLength,
  textMaxLength,
  titleMaxLength,
  urlInsecure,
  urlLookalikeHost,
  urlMalformed,
  urlShortener,
  urlTrackingParams
]

/**
 * The one rule list: every rule a run can report, each once, with its id,
 * description, default severity, docs URL, whether `--fix` fixes it and the
 * files that report it; the core's, this package's and `internal-error`,
 * sorted by id. The docs pages, the README's table and SARIF's rule metadata
 * come from it or are tested against it (test/rule-registry.test.ts).
 */
export const allRuleMeta: ReadonlyArray<LintRuleMeta> = [...coreRules, ...lintRules, internalErrorRule]
  .map((rule) => rule.meta)
  .sort((a, b) => (a.id < b.id ? -1 : 1))
