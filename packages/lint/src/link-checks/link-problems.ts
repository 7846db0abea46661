import type { LinkReport, LinkVerdict, QuietFailureKind } from '@roadmap/links'
import { linkRuleIds, linkRules } from '../rules/link-rules.js'

/** A place a link is used: the file and the span of the link, as diagnostics report it. */
export interface LinkOccurrence {
  /** The URL as written. */
  url: string
  /** Path of the file, as the caller wants it reported. */
  file: string
  /** 1-based line and column of the link's start. */
  line: number
  column: number
  /** 1-based line and column just after the link's end. */
  endLine: number
  endColumn: number
}

/** A problem at one place a link is used, ready for the engine to turn into a diagnostic. */
export interface LinkProblem {
  occurrence: LinkOccurrence
  ruleId: string
  severity: 'error' | 'warning'
  message: string
  /** For `link-redirected`: the URL `--fix` writes instead. */
  finalUrl?: string
}

const severity = Object.fromEntries(linkRules.map((rule) => [rule.id, rule.defaultSeverity])) as Record<
  string,
  'error' | 'warning'
>

/**
 * Turn a report of `@roadmap/links` whose places are occurrences into
 * problems, one per place a link is used, sorted by file, line and column.
 * `ok` links give none; neither do `skipped` ones, but for those the run's
 * deadline left unchecked (`report.networkUnreachable` says once that the
 * network was down). Severities are the rules' defaults.
 *
 * @example
 *   linkProblems(report).map((problem) => problem.message)
 *   // ['Unexpected status 404 for `https://example.com/gone`; fix or remove the link']
 */
export function linkProblems(report: LinkReport<LinkOccurrence>): LinkProblem[] {
  const problems = report.verdicts.flatMap((verdict) => verdict.places.flatMap((place) => problemsAt(verdict, place)))
  return problems.sort(
    (a, b) =>
      compare(a.occurrence.file, b.occurrence.file) ||
      a.occurrence.line - b.occurrence.line ||
      a.occurrence.column - b.occurrence.column ||
      compare(a.ruleId, b.ruleId)
  )
}

/** The problems of one verdict at one place its URL is used. */
export function problemsAt<Occurrence extends LinkOccurrence>(
  verdict: LinkVerdict<unknown>,
  occurrence: Occurrence
): Array<LinkProblem & { occurrence: Occurrence }> {
  return describe(verdict).map(([ruleId, message, finalUrl]) => ({
    occurrence,
    ruleId,
    severity: severity[ruleId] ?? 'warning',
    message,
    ...(finalUrl === undefined ? {} : { finalUrl })
  }))
}

type Described = [ruleId: string, message: string, finalUrl?: string | undefined]

/** The rule and message of each quiet failure: the page answers, but is not what the link meant. */
const quietMessages: Record<QuietFailureKind, [ruleId: string, message: (url: string, reason: string) => string]> = {
  'soft-404': [
    linkRuleIds.soft404,
    (url, reason) => `Cannot find the page at \`${url}\`: it ${reason}; fix or remove the link`
  ],
  'redirect-home': [
    linkRuleIds.redirectHome,
    (url, reason) => `Cannot find the page at \`${url}\`: it ${reason}; fix or remove the link`
  ],
  'redirect-login': [
    linkRuleIds.redirectLogin,
    (url, reason) => `Cannot read \`${url}\` without signing in: it ${reason}; link to a public page or remove the link`
  ],
  'parked-domain': [
    linkRuleIds.parkedDomain,
    (url, reason) => `Cannot find the site of \`${url}\`, a parked domain: it ${reason}; remove or replace the link`
  ]
}

/** The messages for one verdict (without a place). */
function describe(verdict: LinkVerdict<unknown>): Described[] {
  const url = verdict.url
  const described: Described[] = []
  const quiet = verdict.quietFailure
  if (quiet && (verdict.verdict === 'ok' || verdict.verdict === 'redirected')) {
    const [ruleId, message] = quietMessages[quiet.kind]
    described.push([ruleId, message(url, quiet.reason)])
  } else {
    switch (verdict.verdict) {
      case 'broken':
        described.push([linkRuleIds.broken, brokenMessage(verdict)])
        break
      case 'unverifiable':
        described.push([
          linkRuleIds.unverifiable,
          verdict.reasonCode === 'unconfirmed'
            ? `Cannot confirm yet that \`${url}\` is broken (${verdict.reason}); it is an error when a later run finds it broken too${whereToLook(verdict)}`
            : `Cannot verify \`${url}\`: ${verdict.reason}${failingSince(verdict)}; check it by hand`
        ])
        break
      case 'redirected':
        if (verdict.finalUrl !== undefined) {
          described.push([
            linkRuleIds.redirected,
            `Moved permanently: \`${url}\` redirects to \`${verdict.finalUrl}\`; use the final URL`,
            fixTarget(verdict)
          ])
        }
        break
      case 'skipped':
        // Excluded on purpose, or the network is down (said once for the run).
        if (verdict.reasonCode === 'deadline') {
          described.push([
            linkRuleIds.unchecked,
            `Unchecked link \`${url}\`: ${verdict.reason}; raise the deadline or split the run with --shard`
          ])
        }
        break
      case 'ok':
        break
    }
  }
  const fragment = verdict.fragment
  if (fragment?.state === 'missing') {
    const page = url.replace(/#.*$/, '')
    const hint =
      fragment.suggestion === undefined ? 'fix or remove the fragment' : `did you mean \`#${fragment.suggestion}\`?`
    described.push([linkRuleIds.fragmentMissing, `Cannot find anchor \`#${fragment.id}\` on \`${page}\`; ${hint}`])
  }
  return described
}

/**
 * The URL `--fix` may write for a redirected link: the checker's one
 * `certain` suggestion, the target of a permanent redirect this run itself
 * followed (never from the cache, never to a home or login page).
 */
function fixTarget(verdict: LinkVerdict<unknown>): string | undefined {
  return verdict.suggestions?.find((suggestion) => suggestion.certainty === 'certain')?.url
}

function brokenMessage(verdict: LinkVerdict<unknown>): string {
  const url = verdict.url
  const last = verdict.redirects.at(-1)
  const since = failingSince(verdict)
  const where = whereToLook(verdict)
  switch (verdict.reasonCode) {
    case 'status': {
      const via = last ? ` (redirected to \`${last.to}\`)` : ''
      return `Unexpected status ${verdict.status ?? 'error'} for \`${url}\`${via}${since}; fix or remove the link${where}`
    }
    case 'invalid-url':
      return `Cannot parse \`${url}\` as a URL; fix or remove the link`
    case 'unsupported-scheme': {
      const scheme = /`([^`]*)`/.exec(verdict.reason)?.[1] ?? ''
      return last
        ? `Cannot reach \`${url}\`: ${verdict.reason}; fix or remove the link`
        : `Unexpected scheme \`${scheme}\` in \`${url}\`, expected \`http:\` or \`https:\``
    }
    case 'private-address':
      return `Cannot check \`${url}\`: ${verdict.reason}; link to a public address`
    default:
      return `Cannot reach \`${url}\`: ${verdict.reason}${since}; fix or remove the link${where}`
  }
}

/**
 * `, failing since 2026-11-30` for a link that failed in earlier runs too
 * (the scheduled check's report reads it to say how long each link has
 * failed); nothing for a first failure, which a change may have just added.
 */
function failingSince(verdict: LinkVerdict<unknown>): string {
  return verdict.failing && verdict.failing.runs > 1 ? `, failing since ${isoDate(verdict.failing.since)}` : ''
}

/** Where to look for a broken link's page: what the checker suggests, but for what `--fix` writes. */
function whereToLook(verdict: LinkVerdict<unknown>): string {
  const places = (verdict.suggestions ?? []).flatMap((suggestion) => {
    switch (suggestion.source) {
      case 'earlier-redirect':
        return [
          `\`${suggestion.url}\` (where it redirected${suggestion.seenAt === undefined ? '' : ` on ${isoDate(suggestion.seenAt)}`})`
        ]
      case 'https':
        return [`\`${suggestion.url}\` (it answers)`]
      case 'archive':
        return [`\`${suggestion.url}\` (archived copies)`]
      default:
        return []
    }
  })
  return places.length === 0 ? '' : `; look at ${new Intl.ListFormat('en', { type: 'disjunction' }).format(places)}`
}

/** `2026-12-06`: a date in UTC, as the link checker's reasons give it. */
function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
