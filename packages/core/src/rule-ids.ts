/** Where each rule of the content format is documented: in this package, beside its code. */
export const docsBaseUrl = 'https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/'

/** The docs page of a rule of the content format. */
export function ruleDocsUrl(ruleId: string): string {
  return `${docsBaseUrl}${ruleId}.md`
}

/**
 * Stable ids of every rule of the content format, by name:
 * `coreRuleIds.fileEncoding` is `'file-encoding'`. Configuration files and
 * disable comments name them: never rename or reuse one. The rules themselves
 * are in `rules/`.
 */
export const coreRuleIds = {
  fileUnreadable: 'file-unreadable',
  contentSymlink: 'content-symlink',
  fileEncoding: 'file-encoding',
  fileTooLarge: 'file-too-large',
  maxNesting: 'max-nesting',
  maxLines: 'max-lines',
  maxLineLength: 'max-line-length',
  maxListItems: 'max-list-items',
  maxInlineMarkup: 'max-inline-markup',
  maxFileMarkup: 'max-file-markup',
  fileEmpty: 'file-empty',
  fileUnexpected: 'file-unexpected',
  roadmapMissing: 'roadmap-missing',
  frontmatterMissing: 'frontmatter-missing',
  yamlSyntax: 'yaml-syntax',
  frontmatterUnknownKey: 'frontmatter-unknown-key',
  frontmatterRequired: 'frontmatter-required',
  frontmatterInvalid: 'frontmatter-invalid',
  headingDepth: 'heading-depth',
  unexpectedContent: 'unexpected-content',
  resourceFormat: 'resource-format',
  resourceKind: 'resource-kind',
  resourceUrl: 'resource-url',
  linkScheme: 'link-scheme',
  imageUnexpected: 'image-unexpected',
  topicIncomplete: 'topic-incomplete',
  headingId: 'heading-id',
  duplicateHeadingId: 'duplicate-heading-id',
  duplicateStepId: 'duplicate-step-id',
  requiresUnknown: 'requires-unknown',
  requiresSelf: 'requires-self',
  aliasUnknownTopic: 'alias-unknown-topic',
  aliasCollision: 'alias-collision',
  requiresCycle: 'requires-cycle'
} as const

export type CoreRuleId = (typeof coreRuleIds)[keyof typeof coreRuleIds]
