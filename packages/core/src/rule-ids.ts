/**
 * Stable ids of every problem `@roadmap/core` reports. Tools and suppression
 * comments refer to them, so an id is never renamed or reused.
 */
export const coreRuleIds = {
  /** The file could not be read from disk. */
  fileUnreadable: 'file-unreadable',
  /** The file is not UTF-8 text (binary content, another encoding). */
  fileEncoding: 'file-encoding',
  /** The file is larger than the parser accepts. */
  fileTooLarge: 'file-too-large',
  /** The file has no content. */
  fileEmpty: 'file-empty',
  /** A file or folder where the content layout has none. */
  fileUnexpected: 'file-unexpected',
  /** A roadmap folder without `roadmap.md`. */
  roadmapMissing: 'roadmap-missing',
  /** The file has no `---` YAML frontmatter block at its top. */
  frontmatterMissing: 'frontmatter-missing',
  /** The frontmatter is not valid YAML. */
  yamlSyntax: 'yaml-syntax',
  /** A frontmatter key the format does not define. */
  frontmatterUnknownKey: 'frontmatter-unknown-key',
  /** A required frontmatter key is missing. */
  frontmatterRequired: 'frontmatter-required',
  /** A frontmatter value of the wrong type or form. */
  frontmatterInvalid: 'frontmatter-invalid',
  /** A heading at a depth the format does not allow. */
  headingDepth: 'heading-depth',
  /** Markdown the format does not define (a table, a second list, HTML, …). */
  unexpectedContent: 'unexpected-content',
  /** A topic's resource list item that is not exactly one link. */
  resourceFormat: 'resource-format',
  /** A resource without a known kind in its link title. */
  resourceKind: 'resource-kind',
  /** A resource URL that is not an absolute http(s) URL. */
  resourceUrl: 'resource-url',
  /** A topic without a description or without resources. */
  topicIncomplete: 'topic-incomplete',
  /** A heading whose slug is not a kebab-case id (empty, or not ASCII). */
  headingId: 'heading-id',
  /** Two topics (or sections) whose headings give the same id. */
  duplicateHeadingId: 'duplicate-heading-id',
  /** Two step files in one roadmap with the same step id. */
  duplicateStepId: 'duplicate-step-id',
  /** A `requires` entry naming a step that does not exist. */
  requiresUnknown: 'requires-unknown',
  /** A step that requires itself. */
  requiresSelf: 'requires-self',
  /** Steps whose `requires` form a cycle. */
  requiresCycle: 'requires-cycle'
} as const

export type CoreRuleId = (typeof coreRuleIds)[keyof typeof coreRuleIds]

/** Where each rule is documented. */
export const docsBaseUrl = 'https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/'

export function ruleDocsUrl(ruleId: string): string {
  return `${docsBaseUrl}${ruleId}.md`
}
