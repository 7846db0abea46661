import { coreRuleIds } from '@roadmap/core/pipeline-light'

/** Where this package's rules are documented: `docs/rules/<id>.md`, beside their code. */
export const docsBaseUrl = 'https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/'

/** The docs page of one of this package's rules. */
export function lintDocsUrl(ruleId: string): string {
  return `${docsBaseUrl}${ruleId}.md`
}

/**
 * Stable ids of the rules the link checker's verdicts are judged by. Disable
 * comments and configuration refer to them, so an id is never renamed or reused.
 */
export const linkRuleIds = {
  /** The link does not lead to a page: 404, 410, unknown host, refused connection, redirect loop, … */
  broken: 'link-broken',
  /** The site would not say whether the page exists: 401, 403, 429, a bot challenge, timeouts, 5xx. */
  unverifiable: 'link-unverifiable',
  /** The link goes through a permanent redirect; the final URL should be used instead. */
  redirected: 'link-redirected',
  /** The page exists but has no anchor for the link's `#fragment`. */
  fragmentMissing: 'link-fragment-missing',
  /** The run's deadline passed before the link was checked. */
  unchecked: 'link-unchecked',
  /** The page answers like a path that cannot exist beside it: a "not found" page served with `200`. */
  soft404: 'link-soft-404',
  /** A link to a page deep in a site redirects to a home page. */
  redirectHome: 'link-redirect-home',
  /** The link redirects to a login page. */
  redirectLogin: 'link-redirect-login',
  /** The domain shows a parking or "for sale" page. */
  parkedDomain: 'link-parked-domain'
} as const

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
  linkBroken: linkRuleIds.broken,
  linkUnverifiable: linkRuleIds.unverifiable,
  linkRedirected: linkRuleIds.redirected,
  linkFragmentMissing: linkRuleIds.fragmentMissing,
  linkUnchecked: linkRuleIds.unchecked,
  linkSoft404: linkRuleIds.soft404,
  linkRedirectHome: linkRuleIds.redirectHome,
  linkRedirectLogin: linkRuleIds.redirectLogin,
  linkParkedDomain: linkRuleIds.parkedDomain,
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
