import type { z } from 'zod'
import { coreRuleIds } from '../rule-ids.js'
import { didYouMean } from '../util/did-you-mean.js'
import { lowerFirst, valueAt } from '../util/value-at.js'

/** What an issue found by a model schema is about, for its message. */
export interface IssueContext {
  issue: z.core.$ZodIssue
  /** The offending value and the object holding it. */
  value: unknown
  owner: { title?: string; url?: string } | undefined
  /** The zod message, lower-cased to follow a comma. */
  expected: string
  /** Whether the same object also misses its `resources` (an empty topic). */
  alsoMissesResources: boolean
}

export interface IssueRule {
  ruleId: string
  reason: (context: IssueContext) => string
}

/**
 * Which rule reports an issue of the model schemas, by the schema path it is
 * at (array indexes written `*`). Chosen here, one path at a time: a new
 * field of the schema gets its rule on purpose, not by the name of its key
 * (issue-rules.test.ts checks that every path of the schemas is here).
 */
export const issueRules: Readonly<Record<string, IssueRule>> = {
  // The step's id comes from its file name.
  id: {
    ruleId: coreRuleIds.fileUnexpected,
    reason: ({ value, expected }) => `Unexpected id \`${String(value)}\`, ${expected}`
  },
  topics: { ruleId: coreRuleIds.topicIncomplete, reason: ({ expected }) => `Missing topics, ${expected}` },
  'topics.*.id': { ruleId: coreRuleIds.headingId, reason: headingIdReason },
  'topics.*.title': {
    ruleId: coreRuleIds.headingId,
    reason: () => 'Missing heading text, expected text that names it'
  },
  'topics.*.description': {
    ruleId: coreRuleIds.topicIncomplete,
    reason: ({ owner, expected, alsoMissesResources }) =>
      alsoMissesResources
        ? `Unexpected empty topic \`${owner?.title ?? ''}\`, expected paragraphs and then a list of resources`
        : `Missing description in topic \`${owner?.title ?? ''}\`, ${expected}`
  },
  'topics.*.resources': {
    ruleId: coreRuleIds.topicIncomplete,
    reason: ({ owner, expected }) => `Missing resources in topic \`${owner?.title ?? ''}\`, ${expected}`
  },
  'topics.*.resources.*.title': {
    ruleId: coreRuleIds.resourceFormat,
    reason: ({ owner, expected }) =>
      `Missing link text for resource \`${owner?.url ?? ''}\`, ${expected}: \`[Title](${owner?.url ?? ''} "official")\``
  },
  'topics.*.resources.*.url': {
    ruleId: coreRuleIds.resourceUrl,
    reason: ({ value, expected }) => `Unexpected resource URL \`${String(value)}\`, ${expected}`
  },
  'topics.*.resources.*.kind': {
    ruleId: coreRuleIds.resourceKind,
    reason: ({ issue, value, owner, expected }) =>
      value === undefined
        ? `Missing resource kind, ${expected.replace(/^expected a resource kind: /, 'expected ')}; write it as the link title: \`[${owner?.title ?? 'Title'}](https://… "official")\``
        : `Unexpected resource kind \`${String(value)}\`, ${expected}${issue.code === 'invalid_value' ? didYouMean(value, issue.values) : ''}`
  },
  'sections.*.id': { ruleId: coreRuleIds.headingId, reason: headingIdReason },
  'sections.*.title': {
    ruleId: coreRuleIds.headingId,
    reason: () => 'Missing heading text, expected text that names it'
  }
}

/** Paths of the model schemas that no content can make invalid: the parser sets them, or the frontmatter stage checked them first. */
export const pathsCheckedElsewhere: readonly string[] = [
  'order',
  'title',
  'summary',
  'level',
  'requires',
  'requires.*.roadmap',
  'requires.*.step',
  'aliases',
  'topics.*.aliases',
  'introduction',
  'sections',
  'sections.*.body'
]

/** For a path that is in neither list: a bug in the schemas or the parser, said plainly. */
const unexpectedPath: IssueRule = {
  ruleId: coreRuleIds.unexpectedContent,
  reason: ({ issue, expected }) => `Unexpected \`${issue.path.join('.')}\` value, ${expected}`
}

/** The rule and message for one issue of `draft`. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  draft: unknown,
  issues: ReadonlyArray<z.core.$ZodIssue>
): { ruleId: string; reason: string } {
  const rule = issueRules[schemaPath(issue.path)] ?? unexpectedPath
  const owner = valueAt(draft, issue.path.slice(0, -1)) as IssueContext['owner']
  const context: IssueContext = {
    issue,
    value: valueAt(draft, issue.path),
    owner,
    expected: lowerFirst(issue.message),
    alsoMissesResources: hasSibling(issue, issues, 'resources')
  }
  return { ruleId: rule.ruleId, reason: rule.reason(context) }
}

/** `['topics', 2, 'resources', 0, 'kind']` → `topics.*.resources.*.kind`. */
export function schemaPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => (typeof key === 'number' ? '*' : String(key))).join('.')
}

/** Whether an issue about `key` of the same object is among `issues`. */
export function hasSibling(
  issue: z.core.$ZodIssue,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  key: PropertyKey
): boolean {
  const owner = issue.path.slice(0, -1).join('.')
  return issues.some((other) => other.path.at(-1) === key && other.path.slice(0, -1).join('.') === owner)
}

function headingIdReason({ value, owner, expected }: IssueContext): string {
  if (owner?.title === '') return 'Unexpected empty heading, expected text that gives a kebab-case id'
  return `Unexpected heading \`${owner?.title ?? ''}\` with id \`${String(value)}\`, ${expected}; use ASCII letters and digits in the heading`
}
