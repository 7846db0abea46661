export { version } from './version.js'
export { configSchema } from './config/config-schema.js'
export { defineConfig, type LintConfig } from './config/define-config.js'
export { findConfig, configFileNames } from './config/find-config.js'
export { configJsonSchema, configJsonSchemaId } from './config/json-schema.js'
export { loadConfig, resolveConfig, type ResolvedConfig } from './config/load-config.js'
export { lint, type ContentFileModel, type LintOptions, type LintResult } from './files/lint.js'
export type { FixSummary } from './files/fix-files.js'
export type { LinkChecks } from './files/link-source.js'
export { openFileCache } from './cache/open-file-cache.js'
export type { FileCache } from './cache/file-cache.js'
export {
  lintText,
  type LintProject,
  type LintTextOptions,
  type LintTextResult
} from './linter/lint-text.js'
export type { LintSettings } from './linter/settings.js'
export { prepareRules } from './linter/prepare-rules.js'
export type { VerdictOf } from './linter/check-links.js'
export {
  CacheError,
  ConfigError,
  GitError,
  RoadmapError,
  RoadmapLintError,
  UsageError,
  type RoadmapLintErrorCode
} from './errors.js'
export { changedFiles, filesChangedSince } from './git/changed-files.js'
export {
  formatterNames,
  formatters,
  type Formatter,
  type FormatterOptions,
  type RuleHelp,
  type RuleMeta
} from './formatters/index.js'
export { createLinkChecks, type CheckerLinkChecks } from './link-checks/link-checks.js'
export {
  defineContentRule,
  defineFileRule,
  defineLinkRule,
  type ContentRule,
  type FileRule,
  type LinkRule,
  type LintRuleMeta,
  type Rule
} from './rule/define-rule.js'
export { lintRuleIds, linkRuleIds } from './rule-ids.js'
export { allRuleMeta, lintRules } from './rules/index.js'
