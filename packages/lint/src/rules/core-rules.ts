import { coreRuleIds, ruleDocsUrl } from '@roadmap/core'
import type { LintRuleMeta } from '../rule/define-rule.js'

/** The problems `@roadmap/core` finds while parsing, surfaced as rules of their own. */
const descriptions: Record<(typeof coreRuleIds)[keyof typeof coreRuleIds], string> = {
  'file-unreadable': 'Content files can be read',
  'file-encoding': 'Content files are UTF-8 text, not binary',
  'file-too-large': 'Content files are at most 1 MiB',
  'file-empty': 'Content files are not empty',
  'file-unexpected': 'Files and folders follow the content layout',
  'roadmap-missing': 'Every roadmap folder has a `roadmap.md`',
  'frontmatter-missing': 'Every file starts with a `---` YAML frontmatter block',
  'yaml-syntax': 'Frontmatter is valid YAML',
  'frontmatter-unknown-key': 'Frontmatter has only the keys the format defines',
  'frontmatter-required': 'Frontmatter has every required key',
  'frontmatter-invalid': 'Frontmatter values have the right type and form',
  'heading-depth': 'Headings are at the depths the format allows',
  'unexpected-content': 'Files hold only the Markdown the format defines',
  'resource-format': 'Every resource list item is exactly one link',
  'resource-kind': 'Every resource has a known kind as its link title',
  'resource-url': 'Resource URLs are absolute http(s) URLs',
  'topic-incomplete': 'Every topic has a description and resources',
  'heading-id': 'Headings give kebab-case ids',
  'duplicate-heading-id': 'Topic and section ids are unique within a file',
  'duplicate-step-id': 'Step ids are unique within a roadmap',
  'requires-unknown': '`requires` names existing steps',
  'requires-self': 'A step does not require itself',
  'requires-cycle': '`requires` has no cycles'
}

export const coreRules: ReadonlyArray<LintRuleMeta> = Object.values(coreRuleIds).map((id) => ({
  id,
  description: descriptions[id],
  url: ruleDocsUrl(id),
  defaultSeverity: 'error',
  fixable: false
}))
