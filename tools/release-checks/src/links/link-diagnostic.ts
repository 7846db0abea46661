import { z } from 'zod'
import { LinkReportError } from '../errors.js'

/** Rule ids of `@roadmap/lint`'s link checker. */
export const linkRuleIds = [
  'link-broken',
  'link-unverifiable',
  'link-redirected',
  'link-fragment-missing',
  'link-unchecked'
] as const

const place = z.number().int().nullable().optional()

/** One entry of the JSON array `roadmap-lint --format json` writes. */
export const LinkDiagnosticSchema = z.object({
  file: z.string(),
  line: place,
  column: place,
  endLine: place,
  endColumn: place,
  ruleId: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  url: z.string().nullable().optional()
})

export type LintDiagnostic = z.infer<typeof LinkDiagnosticSchema>

const ReportSchema = z.array(LinkDiagnosticSchema)

/**
 * Parse one JSON report. Throws a `LinkReportError` naming the first entry
 * that does not have the expected shape.
 *
 * @example
 *   parseLintReport('[]', 'links-1.json') // []
 */
export function parseLintReport(text: string, name: string): LintDiagnostic[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (cause) {
    throw new LinkReportError(`Cannot parse \`${name}\` as JSON`, { cause })
  }
  const result = ReportSchema.safeParse(data)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue?.path.length ? ` at \`${issue.path.join('.')}\`` : ''
    throw new LinkReportError(
      `Unexpected shape of \`${name}\`${path}: ${issue?.message ?? 'invalid'}; expected the JSON array \`roadmap-lint --format json\` writes`
    )
  }
  return result.data
}

/** Whether a diagnostic comes from the link checker. */
export function isLinkDiagnostic(diagnostic: LintDiagnostic): boolean {
  return (linkRuleIds as readonly string[]).includes(diagnostic.ruleId) || diagnostic.ruleId.startsWith('link-')
}

/**
 * Merge the reports of several shards: drop duplicates (rules that do not
 * shard report the same problem in every shard) and sort by file, line and column.
 */
export function mergeLintReports(reports: ReadonlyArray<readonly LintDiagnostic[]>): LintDiagnostic[] {
  const seen = new Map<string, LintDiagnostic>()
  for (const diagnostic of reports.flat()) {
    const key = [diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.ruleId, diagnostic.message].join('\0')
    if (!seen.has(key)) seen.set(key, diagnostic)
  }
  return [...seen.values()].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0)
  )
}
