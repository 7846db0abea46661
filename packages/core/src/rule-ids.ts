/** One rule of the content format, as tools list it (SARIF rules, docs, the README table). */
export interface RuleEntry {
  /** Stable id: configuration files and suppression comments name it, so it is never renamed or reused. */
  id: string
  /** One line: what the rule checks. */
  description: string
  /** Severity when the configuration does not change it. */
  defaultSeverity: 'error' | 'warning'
  /** Absolute URL of the rule's documentation. */
  url: string
  /** Whether `roadmap-lint --fix` can fix what it reports. */
  fixable: boolean
  /** The files that report it, relative to the repository root. */
  implementedIn: readonly string[]
}

/** Where each rule is documented. */
export const docsBaseUrl = 'https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/'

export function ruleDocsUrl(ruleId: string): string {
  return `${docsBaseUrl}${ruleId}.md`
}

const at = (...files: string[]) => files.map((file) => `packages/core/src/${file}`)

/**
 * Every problem `@roadmap/core` reports, each once: its id, what it checks and
 * the files that report it. These are the content format itself: a file with
 * one of them is an error, and keeps its roadmap out of the dataset.
 */
const rules = {
  fileUnreadable: {
    id: 'file-unreadable',
    description: 'Content files can be read',
    implementedIn: at('load/discover.ts', 'load/read-content-file.ts')
  },
  contentSymlink: {
    id: 'content-symlink',
    description: 'Content files and folders are not symbolic links',
    implementedIn: at('load/discover.ts', 'load/read-content-file.ts')
  },
  fileEncoding: {
    id: 'file-encoding',
    description: 'Content files are UTF-8 text, not binary',
    implementedIn: at('parse/decode.ts')
  },
  fileTooLarge: {
    id: 'file-too-large',
    description: 'Content files are at most 1 MiB',
    implementedIn: at('parse/decode.ts')
  },
  maxNesting: {
    id: 'max-nesting',
    description: 'Lists, block quotes, emphasis and `[` brackets nest at most 32 deep (`limits.max-nesting`)',
    implementedIn: at('parse/check-limits.ts')
  },
  maxLines: {
    id: 'max-lines',
    description: 'Content files have at most 5,000 lines (`limits.max-lines`)',
    implementedIn: at('parse/check-limits.ts')
  },
  maxLineLength: {
    id: 'max-line-length',
    description: 'Lines are at most 10,000 characters (`limits.max-line-length`)',
    implementedIn: at('parse/check-limits.ts')
  },
  maxListItems: {
    id: 'max-list-items',
    description: 'Content files have at most 1,000 list items and block quotes (`limits.max-list-items`)',
    implementedIn: at('parse/check-limits.ts')
  },
  maxInlineMarkup: {
    id: 'max-inline-markup',
    description: 'A paragraph has at most 300 pieces of inline markup (`limits.max-inline-markup`)',
    implementedIn: at('parse/check-limits.ts')
  },
  maxFileMarkup: {
    id: 'max-file-markup',
    description: 'A content file has at most 10,000 pieces of inline markup (`limits.max-file-markup`)',
    implementedIn: at('parse/check-limits.ts')
  },
  fileEmpty: { id: 'file-empty', description: 'Content files are not empty', implementedIn: at('parse/decode.ts') },
  fileUnexpected: {
    id: 'file-unexpected',
    description: 'Files and folders follow the content layout',
    implementedIn: at('load/discover.ts', 'file/parse-file.ts', 'validate/issue-rules.ts')
  },
  roadmapMissing: {
    id: 'roadmap-missing',
    description: 'Every roadmap folder has a `roadmap.md`',
    implementedIn: at('validate/roadmap-missing.ts')
  },
  frontmatterMissing: {
    id: 'frontmatter-missing',
    description: 'Every file starts with a `---` YAML frontmatter block',
    implementedIn: at('parse/frontmatter.ts')
  },
  yamlSyntax: {
    id: 'yaml-syntax',
    description: 'Frontmatter is valid YAML',
    implementedIn: at('parse/frontmatter.ts', 'parse/yaml-errors.ts')
  },
  frontmatterUnknownKey: {
    id: 'frontmatter-unknown-key',
    description: 'Frontmatter has only the keys the format defines',
    implementedIn: at('parse/frontmatter.ts')
  },
  frontmatterRequired: {
    id: 'frontmatter-required',
    description: 'Frontmatter has every required key',
    implementedIn: at('parse/frontmatter.ts')
  },
  frontmatterInvalid: {
    id: 'frontmatter-invalid',
    description: 'Frontmatter values have the right type and form',
    implementedIn: at('parse/frontmatter.ts')
  },
  headingDepth: {
    id: 'heading-depth',
    description: 'Headings are at the depths the format allows',
    implementedIn: at('build/headings.ts')
  },
  unexpectedContent: {
    id: 'unexpected-content',
    description: 'Files hold only the Markdown the format defines',
    implementedIn: at(
      'build/html.ts',
      'build/introduction.ts',
      'build/table.ts',
      'build/topic.ts',
      'load/load-content.ts',
      'validate/issue-rules.ts'
    )
  },
  resourceFormat: {
    id: 'resource-format',
    description: 'Every resource list item is exactly one link',
    implementedIn: at('build/resource.ts', 'validate/issue-rules.ts')
  },
  resourceKind: {
    id: 'resource-kind',
    description: 'Every resource has a known kind as its link title',
    implementedIn: at('validate/issue-rules.ts')
  },
  resourceUrl: {
    id: 'resource-url',
    description: 'Resource URLs are absolute http(s) URLs',
    implementedIn: at('validate/issue-rules.ts')
  },
  linkScheme: {
    id: 'link-scheme',
    description: 'Links outside resources use `https:`, `http:` or `mailto:`, or are relative',
    implementedIn: at('build/unsafe-links.ts')
  },
  imageUnexpected: {
    id: 'image-unexpected',
    description: 'Content has no images',
    implementedIn: at('build/unsafe-links.ts')
  },
  topicIncomplete: {
    id: 'topic-incomplete',
    description: 'Every topic has a description and resources',
    implementedIn: at('validate/issue-rules.ts')
  },
  headingId: {
    id: 'heading-id',
    description: 'Headings give kebab-case ids',
    implementedIn: at('validate/issue-rules.ts')
  },
  duplicateHeadingId: {
    id: 'duplicate-heading-id',
    description: 'Topic and section ids are unique within a file',
    implementedIn: at('build/headings.ts')
  },
  duplicateStepId: {
    id: 'duplicate-step-id',
    description: 'Step ids are unique within a roadmap',
    implementedIn: at('validate/duplicate-steps.ts')
  },
  requiresUnknown: {
    id: 'requires-unknown',
    description: '`requires` names existing steps',
    implementedIn: at('validate/requires.ts')
  },
  requiresSelf: {
    id: 'requires-self',
    description: 'A step does not require itself',
    implementedIn: at('validate/requires.ts')
  },
  aliasUnknownTopic: {
    id: 'alias-unknown-topic',
    description: '`topic-aliases` names topics of its own step',
    implementedIn: at('build/aliases.ts')
  },
  aliasCollision: {
    id: 'alias-collision',
    description: 'An alias is no live step or topic key, and no other alias',
    implementedIn: at('validate/aliases.ts')
  },
  requiresCycle: {
    id: 'requires-cycle',
    description: '`requires` has no cycles',
    implementedIn: at('validate/requires.ts')
  }
} as const

type CoreRules = typeof rules

/** Stable ids of every problem `@roadmap/core` reports, by name: `coreRuleIds.fileEncoding` is `'file-encoding'`. */
export const coreRuleIds = Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, rule.id])) as {
  readonly [Name in keyof CoreRules]: CoreRules[Name]['id']
}

export type CoreRuleId = CoreRules[keyof CoreRules]['id']

/** Every rule of the core, as `@roadmap/lint` lists it beside its own. */
export const coreRules: readonly RuleEntry[] = Object.values(rules).map((rule) => ({
  ...rule,
  defaultSeverity: 'error',
  url: ruleDocsUrl(rule.id),
  fixable: false
}))
