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

function hasSibling(issue: z.core.$ZodIssue, issues: ReadonlyArray<z.core.$ZodIssue>, key: PropertyKey): boolean {
  const owner = issue.path.slice(0, -1).join('.')
  return issues.some((other) => other.path.at(-1) === key && other.path.slice(0, -1).join('.') === owner)
}

function describeIssue(
  issue: z.core.$ZodIssue,
  draft: unknown,
  issues: ReadonlyArray<z.core.$ZodIssue>
): { ruleId: string; reason: string } {
  const key = issue.path.at(-1)
  const value = valueAt(draft, issue.path)
  const owner = valueAt(draft, issue.path.slice(0, -1)) as { title?: string; url?: string } | undefined
  const expected = lowerFirst(issue.message)

  switch (key) {
    case 'kind':
      return value === undefined
        ? {
            ruleId: coreRuleIds.resourceKind,
            reason: `Missing resource kind, ${expected.replace(/^expected a resource kind: /, 'expected ')}; write it as the link title: \`[${owner?.title ?? 'Title'}](https://… "official")\``
          }
        : { ruleId: coreRuleIds.resourceKind, reason: `Unexpected resource kind \`${String(value)}\`, ${expected}` }
    case 'url':
      return { ruleId: coreRuleIds.resourceUrl, reason: `Unexpected resource URL \`${String(value)}\`, ${expected}` }
    case 'title':
      if (issue.path.length === 1) break
      return owner?.url === undefined
        ? { ruleId: coreRuleIds.headingId, reason: 'Missing heading text, expected text that names it' }
        : {
            ruleId: coreRuleIds.resourceFormat,
            reason: `Missing link text for resource \`${owner.url}\`, ${expected}: \`[Title](${owner.url} "official")\``
          }
    case 'description':
    case 'resources':
      return {
        ruleId: coreRuleIds.topicIncomplete,
        reason:
          key === 'description' && hasSibling(issue, issues, 'resources')
            ? `Unexpected empty topic \`${owner?.title ?? ''}\`, expected paragraphs and then a list of resources`
            : `Missing ${key} in topic \`${owner?.title ?? ''}\`, ${expected}`
      }
    case 'topics':
      return { ruleId: coreRuleIds.topicIncomplete, reason: `Missing topics, ${expected}` }
    case 'id':
      if (issue.path.length > 1 && owner?.title === '') {
        return { ruleId: coreRuleIds.headingId, reason: 'Unexpected empty heading, expected text that gives a kebab-case id' }
      }
      return issue.path.length > 1
        ? {
            ruleId: coreRuleIds.headingId,
            reason: `Unexpected heading \`${owner?.title ?? ''}\` with id \`${String(value)}\`, ${expected}; use ASCII letters and digits in the heading`
          }
        : { ruleId: coreRuleIds.fileUnexpected, reason: `Unexpected id \`${String(value)}\`, ${expected}` }
  }
  return {
    ruleId: coreRuleIds.unexpectedContent,
    reason: `Unexpected \`${issue.path.join('.')}\` value, ${expected}`
  }
}
