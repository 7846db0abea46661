export { runCli, version, type CliIo } from './cli/run.js'
export { configSchema } from './config/config-schema.js'
export { defineConfig, type LintConfig } from './config/define-config.js'
export { findConfig, configFileNames } from './config/find-config.js'
export { configJsonSchema, configJsonSchemaId } from './config/json-schema.js'
export { loadConfig, resolveConfig, type ResolvedConfig } from './config/load-config.js'
export type { ContentIndex, IndexedFile, LinkReference } from './engine/content-index.js'
export { lint, type LintExtension, type LintOptions, type LintResult } from './engine/lint.js'
export { ConfigError, GitError, RoadmapLintError, UsageError } from './errors.js'
export { formatterNames, formatters, type Formatter, type FormatterOptions, type RuleMeta } from './formatters/index.js'
export {
  createLinkChecker,
  inShard,
  linkProblems,
  linkRuleIds,
  parseShard,
  type LinkChecker,
  type LinkCheckerOptions,
  type LinkOccurrence,
  type LinkProblem,
  type LinkReport,
  type LinkResult
} from './links/index.js'
export { defineContentRule, defineFileRule, type LintRuleMeta, type Rule, type TextEdit } from './rule.js'
export { lintRuleIds } from './rule-ids.js'
export { allRuleMeta, lintRules } from './rules/index.js'
