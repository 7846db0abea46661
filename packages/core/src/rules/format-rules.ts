import { defineStageRule, type StageRule } from '../rule/define-rule.js'
import { type CoreRuleId, coreRuleIds, ruleDocsUrl } from '../rule-ids.js'

/**
 * The rules of the content format that the parser reports as it reads a file
 * (and discovery, as it finds the files), each with the files that report it
 * (`packages/core/src/…`). A file with one of their errors keeps its roadmap
 * out of the dataset: they are errors, and nothing silences them.
 */
export const formatRules: ReadonlyArray<StageRule> = [
  formatRule(coreRuleIds.fileUnreadable, 'Content files can be read', [
    'load/discover.ts',
    'load/read-content-file.ts'
  ]),
  formatRule(coreRuleIds.contentSymlink, 'Content files and folders are not symbolic links', [
    'load/discover.ts',
    'load/read-content-file.ts'
  ]),
  formatRule(coreRuleIds.fileEncoding, 'Content files are UTF-8 text, not binary', ['parse/decode.ts']),
  formatRule(coreRuleIds.fileTooLarge, 'Content files are at most 1 MiB', ['parse/decode.ts']),
  formatRule(
    coreRuleIds.maxNesting,
    'Lists, block quotes, emphasis and `[` brackets nest at most 32 deep (`limits.max-nesting`)',
    ['parse/check-limits.ts']
  ),
  formatRule(coreRuleIds.maxLines, 'Content files have at most 5,000 lines (`limits.max-lines`)', [
    'parse/check-limits.ts'
  ]),
  formatRule(coreRuleIds.maxLineLength, 'Lines are at most 10,000 characters (`limits.max-line-length`)', [
    'parse/check-limits.ts'
  ]),
  formatRule(
    coreRuleIds.maxListItems,
    'Content files have at most 1,000 list items and block quotes (`limits.max-list-items`)',
    ['parse/check-limits.ts']
  ),
  formatRule(
    coreRuleIds.maxInlineMarkup,
    'A paragraph has at most 300 pieces of inline markup (`limits.max-inline-markup`)',
    ['parse/check-limits.ts']
  ),
  formatRule(
    coreRuleIds.maxFileMarkup,
    'A content file has at most 10,000 pieces of inline markup (`limits.max-file-markup`)',
    ['parse/check-limits.ts']
  ),
  formatRule(coreRuleIds.fileEmpty, 'Content files are not empty', ['parse/decode.ts']),
  formatRule(coreRuleIds.fileUnexpected, 'Files and folders follow the content layout', [
    'load/discover.ts',
    'file/parse-file.ts',
    'validate/issue-rules.ts'
  ]),
  formatRule(coreRuleIds.roadmapMissing, 'Every roadmap folder has a `roadmap.md`', ['validate/roadmap-missing.ts']),
  formatRule(coreRuleIds.frontmatterMissing, 'Every file starts with a `---` YAML frontmatter block', [
    'parse/frontmatter.ts'
  ]),
  formatRule(coreRuleIds.yamlSyntax, 'Frontmatter is valid YAML', ['parse/frontmatter.ts', 'parse/yaml-errors.ts']),
  formatRule(coreRuleIds.frontmatterUnknownKey, 'Frontmatter has only the keys the format defines', [
    'parse/frontmatter.ts'
  ]),
  formatRule(coreRuleIds.frontmatterRequired, 'Frontmatter has every required key', ['parse/frontmatter.ts']),
  formatRule(coreRuleIds.frontmatterInvalid, 'Frontmatter values have the right type and form', [
    'parse/frontmatter.ts'
  ]),
  formatRule(coreRuleIds.headingDepth, 'Headings are at the depths the format allows', ['build/headings.ts']),
  formatRule(coreRuleIds.unexpectedContent, 'Files hold only the Markdown the format defines', [
    'build/html.ts',
    'build/introduction.ts',
    'build/table.ts',
    'build/topic.ts',
    'load/load-content.ts',
    'validate/issue-rules.ts'
  ]),
  formatRule(coreRuleIds.resourceFormat, 'Every resource list item is exactly one link', [
    'build/resource.ts',
    'validate/issue-rules.ts'
  ]),
  formatRule(coreRuleIds.resourceKind, 'Every resource has a known kind as its link title', [
    'validate/issue-rules.ts'
  ]),
  formatRule(coreRuleIds.resourceUrl, 'Resource URLs are absolute http(s) URLs', ['validate/issue-rules.ts']),
  formatRule(coreRuleIds.linkScheme, 'Links outside resources use `https:`, `http:` or `mailto:`, or are relative', [
    'build/unsafe-links.ts'
  ]),
  formatRule(coreRuleIds.imageUnexpected, 'Content has no images', ['build/unsafe-links.ts']),
  formatRule(coreRuleIds.topicIncomplete, 'Every topic has a description and resources', ['validate/issue-rules.ts']),
  formatRule(coreRuleIds.headingId, 'Headings give kebab-case ids', ['validate/issue-rules.ts']),
  formatRule(coreRuleIds.duplicateHeadingId, 'Topic and section ids are unique within a file', ['build/headings.ts']),
  formatRule(coreRuleIds.aliasUnknownTopic, '`topic-aliases` names topics of its own step', ['build/aliases.ts'])
]

function formatRule(id: CoreRuleId, description: string, files: string[]): StageRule {
  return defineStageRule({
    id,
    description,
    defaultSeverity: 'error',
    url: ruleDocsUrl(id),
    implementedIn: files.map((file) => `packages/core/src/${file}`)
  })
}
