import type { LinkReport, LinkVerdict } from '@roadmap/links'
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

/** The messages for one verdict (without a place). */
function describe(verdict: LinkVerdict<unknown>): Described[] {
  const url = verdict.url
  const described: Described[] = []
  switch (verdict.verdict) {
    case 'broken':
      described.push([linkRuleIds.broken, brokenMessage(verdict)])
      break
    case 'unverifiable':
      described.push([linkRuleIds.unverifiable, `Cannot verify \`${url}\`: ${verdict.reason}; check it by hand`])
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
 * The URL `--fix` may write for a redirected link: only one this run was
 * itself sent as a permanent redirect (not a cached verdict), the target of
 * the last `301` or `308` of the chain it followed.
 */
function fixTarget(verdict: LinkVerdict<unknown>): string | undefined {
  const finalUrl = verdict.finalUrl
  if (finalUrl === undefined || verdict.cached || verdict.attempts === 0) return undefined
  const permanent = verdict.redirects.findLast((hop) => hop.status === 301 || hop.status === 308)
  return permanent !== undefined && finalUrl.replace(/#.*$/s, '') === permanent.to ? finalUrl : undefined
}

function brokenMessage(verdict: LinkVerdict<unknown>): string {
  const url = verdict.url
  const last = verdict.redirects.at(-1)
  switch (verdict.reasonCode) {
    case 'status': {
      const via = last ? ` (redirected to \`${last.to}\`)` : ''
      return `Unexpected status ${verdict.status ?? 'error'} for \`${url}\`${via}; fix or remove the link`
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
      return `Cannot reach \`${url}\`: ${verdict.reason}; fix or remove the link`
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
