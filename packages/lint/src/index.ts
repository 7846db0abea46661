export { runCli, version } from './cli/run.js'
export type { CliIo } from './cli/io.js'
export { configSchema } from './config/config-schema.js'
export { defineConfig, type LintConfig } from './config/define-config.js'
export { findConfig, configFileNames } from './config/find-config.js'
export { configJsonSchema, configJsonSchemaId } from './config/json-schema.js'
export { loadConfig, resolveConfig, type ResolvedConfig } from './config/load-config.js'
export { lint, type LintExtension, type LintOptions, type LintResult } from './engine/lint.js'
export { FileCache } from './engine/cache/file-cache.js'
export { openFileCache } from './engine/cache/open-file-cache.js'
export { reportsOf } from './engine/reports.js'
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
export { createLinkChecks, type LinkChecks } from './link-checks/link-checks.js'
export type { ContentIndex, IndexedFile } from './rule/content.js'
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
