import { ruleDocsUrl } from '@roadmap/core/pipeline-light'
import type { LintRuleMeta } from '../rule/define-rule.js'

/**
 * Stable ids of the problems the link checker reports. Suppression comments
 * and configuration refer to them, so an id is never renamed or reused.
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

export type LinkRuleId = (typeof linkRuleIds)[keyof typeof linkRuleIds]

/** The link checks turn verdicts of `@roadmap/links` into these rules' problems. */
const implementedIn = ['packages/lint/src/link-checks/link-problems.ts']

/** Every link rule with its docs URL and default severity, for rule lists (SARIF, `--list-rules`). */
export const linkRules: ReadonlyArray<LintRuleMeta & { id: LinkRuleId }> = [
  {
    id: linkRuleIds.broken,
    defaultSeverity: 'error',
    description: 'External links must lead to a page: no 404, 410, unknown host, refused connection or redirect loop',
    url: ruleDocsUrl(linkRuleIds.broken),
    fixable: false,
    implementedIn
  },
  {
    id: linkRuleIds.unverifiable,
    defaultSeverity: 'warning',
    description:
      'External links the site would not confirm (401, 403, 429, bot challenge, timeout, 5xx) need a check by hand',
    url: ruleDocsUrl(linkRuleIds.unverifiable),
    fixable: false,
    implementedIn
  },
  {
    id: linkRuleIds.redirected,
    defaultSeverity: 'warning',
    description: 'External links should not go through a permanent redirect (301, 308); use the final URL',
    url: ruleDocsUrl(linkRuleIds.redirected),
    fixable: true,
    implementedIn
  },
  {
    id: linkRuleIds.fragmentMissing,
    defaultSeverity: 'warning',
    description: "A link's `#fragment` must name an anchor (`id` or `name`) on the page",
    url: ruleDocsUrl(linkRuleIds.fragmentMissing),
    fixable: false,
    implementedIn
  },
  {
    id: linkRuleIds.unchecked,
    defaultSeverity: 'warning',
    description: 'External links the run could not check before its deadline',
    url: ruleDocsUrl(linkRuleIds.unchecked),
    fixable: false,
    implementedIn
  },
  {
    id: linkRuleIds.soft404,
    defaultSeverity: 'warning',
    description: 'External links must not lead to a "not found" page that answers `200` (a soft 404)',
    url: ruleDocsUrl(linkRuleIds.soft404),
    fixable: false,
    implementedIn
  },
  {
    id: linkRuleIds.redirectHome,
    defaultSeverity: 'warning',
    description: "External links to a page must not redirect to the site's home page",
    url: ruleDocsUrl(linkRuleIds.redirectHome),
    fixable: false,
    implementedIn
  },
  {
    id: linkRuleIds.redirectLogin,
    defaultSeverity: 'warning',
    description: 'External links must not redirect to a login page',
    url: ruleDocsUrl(linkRuleIds.redirectLogin),
    fixable: false,
    implementedIn
  },
  {
    id: linkRuleIds.parkedDomain,
    defaultSeverity: 'warning',
    description: 'External links must not lead to a parked domain (a parking or "for sale" page)',
    url: ruleDocsUrl(linkRuleIds.parkedDomain),
    fixable: false,
    implementedIn
  }
]
