import { linkRuleIds, linkRules } from './rules.js'
import type { LinkOccurrence, LinkProblem, LinkReport, LinkResult } from './types.js'

const severity = Object.fromEntries(linkRules.map((rule) => [rule.id, rule.defaultSeverity])) as Record<
  string,
  'error' | 'warning'
>

/**
 * Turn a report into problems, one per place a link is used, sorted by file,
 * line and column. `ok` and `excluded` links give none; neither do links left
 * unchecked because the network is unreachable (`report.networkUnreachable`
 * says that once). Severities are the rules' defaults.
 *
 * @example
 *   linkProblems(report).map((problem) => problem.message)
 *   // ['Unexpected status 404 for `https://example.com/gone`; fix or remove the link']
 */
export function linkProblems(report: LinkReport): LinkProblem[] {
  const problems = report.results.flatMap((result) =>
    result.occurrences.flatMap((occurrence) => problemsAt(result, occurrence))
  )
  return problems.sort(
    (a, b) =>
      compare(a.occurrence.file, b.occurrence.file) ||
      a.occurrence.line - b.occurrence.line ||
      a.occurrence.column - b.occurrence.column ||
      compare(a.ruleId, b.ruleId)
  )
}

/**
 * The problems of one result at one place a URL is used: for reporting a
 * known result at a new place (after `--fix` moved the link).
 */
export function problemsAt(result: LinkResult, occurrence: LinkOccurrence): LinkProblem[] {
  return describe(result).map(([ruleId, message, finalUrl]) => ({
    occurrence,
    ruleId,
    severity: severity[ruleId] ?? 'warning',
    message,
    ...(finalUrl === undefined ? {} : { finalUrl })
  }))
}

type Described = [ruleId: string, message: string, finalUrl?: string]

/** The messages for one result (without a place). */
export function describe(result: LinkResult): Described[] {
  const url = result.url
  const described: Described[] = []
  switch (result.outcome) {
    case 'broken':
      described.push([linkRuleIds.broken, brokenMessage(result)])
      break
    case 'unverifiable':
      described.push([linkRuleIds.unverifiable, `Cannot verify \`${url}\`: ${result.reason}; check it by hand`])
      break
    case 'redirected':
      if (result.finalUrl !== undefined) {
        described.push([
          linkRuleIds.redirected,
          `Moved permanently: \`${url}\` redirects to \`${result.finalUrl}\`; use the final URL`,
          result.finalUrl
        ])
      }
      break
    case 'unchecked':
      if (result.reasonCode !== 'network-unreachable') {
        described.push([
          linkRuleIds.unchecked,
          `Unchecked link \`${url}\`: ${result.reason}; raise the deadline or split the run with --shard`
        ])
      }
      break
    case 'ok':
    case 'excluded':
      break
  }
  const fragment = result.fragment
  if (fragment?.state === 'missing') {
    const page = url.replace(/#.*$/, '')
    const hint = fragment.suggestion === undefined ? 'fix or remove the fragment' : `did you mean \`#${fragment.suggestion}\`?`
    described.push([linkRuleIds.fragmentMissing, `Cannot find anchor \`#${fragment.id}\` on \`${page}\`; ${hint}`])
  }
  return described
}

function brokenMessage(result: LinkResult): string {
  const url = result.url
  const last = result.redirects.at(-1)
  switch (result.reasonCode) {
    case 'status': {
      const via = last ? ` (redirected to \`${last.to}\`)` : ''
      return `Unexpected status ${result.status ?? 'error'} for \`${url}\`${via}; fix or remove the link`
    }
    case 'invalid-url':
      return `Cannot parse \`${url}\` as a URL; fix or remove the link`
    case 'unsupported-scheme': {
      const scheme = /`([^`]*)`/.exec(result.reason)?.[1] ?? ''
      return last
        ? `Cannot reach \`${url}\`: ${result.reason}; fix or remove the link`
        : `Unexpected scheme \`${scheme}\` in \`${url}\`, expected \`http:\` or \`https:\``
    }
    case 'private-address':
      return `Cannot check \`${url}\`: ${result.reason}; link to a public address`
    default:
      return `Cannot reach \`${url}\`: ${result.reason}; fix or remove the link`
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
