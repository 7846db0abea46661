import type { VFile } from 'vfile'
import type { z } from 'zod'
import type { Positions } from '../build/positions.js'
import { report } from '../diagnostic.js'
import { describeIssue, hasSibling } from './issue-rules.js'

/**
 * Validate a built model against its zod schema, reporting each issue at the
 * Markdown node the offending value came from.
 */
export function validateModel<T>(
  file: VFile,
  schema: z.ZodType<T>,
  draft: unknown,
  positions: Positions
): T | undefined {
  const result = schema.safeParse(draft)
  if (result.success) return result.data
  const issues = result.error.issues
  for (const issue of issues) {
    if (isCoveredByAnother(issue, issues)) continue
    const { ruleId, reason } = describeIssue(issue, draft, issues)
    report(file, reason, { ruleId, place: positions.along(draft, issue.path) })
  }
  return undefined
}

/**
 * One problem, one message: an empty topic misses its description and its
 * resources, and an empty heading has neither a title nor an id.
 */
function isCoveredByAnother(issue: z.core.$ZodIssue, issues: ReadonlyArray<z.core.$ZodIssue>): boolean {
  const key = issue.path.at(-1)
  if (key === 'resources') return hasSibling(issue, issues, 'description')
  if (key === 'title' && issue.path.length > 1) return hasSibling(issue, issues, 'id')
  return false
}
