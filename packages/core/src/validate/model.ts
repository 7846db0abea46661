import type { VFile } from 'vfile'
import type { z } from 'zod'
import type { Positions } from '../build/positions.js'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { lowerFirst, valueAt } from '../util/value-at.js'

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
  for (const issue of result.error.issues) {
    const { ruleId, reason } = describeIssue(issue, draft)
    report(file, reason, { ruleId, place: positions.along(draft, issue.path) })
  }
  return undefined
}

function describeIssue(issue: z.core.$ZodIssue, draft: unknown): { ruleId: string; reason: string } {
  const key = issue.path.at(-1)
  const value = valueAt(draft, issue.path)
  const owner = valueAt(draft, issue.path.slice(0, -1)) as { title?: string } | undefined
  const expected = lowerFirst(issue.message)

  switch (key) {
    case 'kind':
      return value === undefined
        ? {
            ruleId: coreRuleIds.resourceKind,
            reason: `Missing resource kind, ${expected}; write it as the link title: \`[${owner?.title ?? 'Title'}](https://… "official")\``
          }
        : { ruleId: coreRuleIds.resourceKind, reason: `Unexpected resource kind \`${String(value)}\`, ${expected}` }
    case 'url':
      return { ruleId: coreRuleIds.resourceUrl, reason: `Unexpected resource URL \`${String(value)}\`, ${expected}` }
    case 'description':
    case 'resources':
      return {
        ruleId: coreRuleIds.topicIncomplete,
        reason: `Missing ${key} in topic \`${owner?.title ?? ''}\`, ${expected}`
      }
    case 'topics':
      return { ruleId: coreRuleIds.topicIncomplete, reason: `Missing topics, ${expected}` }
    case 'id':
      return issue.path.length > 1
        ? {
            ruleId: coreRuleIds.headingId,
            reason: `Unexpected heading \`${owner?.title ?? ''}\` with id \`${String(value)}\`, ${expected}; use letters and digits in the heading`
          }
        : { ruleId: coreRuleIds.fileUnexpected, reason: `Unexpected id \`${String(value)}\`, ${expected}` }
    default:
      return {
        ruleId: coreRuleIds.unexpectedContent,
        reason: `Unexpected \`${issue.path.join('.')}\` value, ${expected}`
      }
  }
}
