// `@roadmap/core/pipeline-light`: the stages of the content pipeline that do
// not parse — discover, read, summarize, check across files — with the
// diagnostics, limits and rule ids they use. It loads no Markdown or YAML
// parser and no zod schema, so a tool that has its files' results already
// (`@roadmap/lint` with its content cache) starts without them, and loads
// `@roadmap/core/pipeline` only when a file must be parsed.
export {
  createDiagnostic,
  severityOf,
  type Diagnostic,
  type DiagnosticInit,
  type Fix,
  type RelatedPlace,
  type Severity
} from './diagnostic.js'
export { ContentPathError } from './errors.js'
export { discoverContent, type DiscoveredContent } from './load/discover-content.js'
export type { RoadmapFolder } from './load/discover.js'
export { describeFsError, readContentFile } from './load/read-content-file.js'
export { classifyContentPath, type ContentPath } from './parse/content-path.js'
export { defaultMaxFileBytes } from './parse/decode.js'
export { defaultLimits, type ContentLimits } from './parse/limits.js'
export { coreRuleIds, docsBaseUrl, type CoreRuleId } from './rule-ids.js'
export {
  defineContentRule,
  defineStageRule,
  ruleBase,
  type ContentRule,
  type ContentRuleContext,
  type Place,
  type RuleBase,
  type RuleDefinition,
  type RuleMeta,
  type StageRule
} from './rule/define-rule.js'
export { checkContent, type ContentCheckSettings, type ContentProject } from './rule/check-content.js'
export { ruleDiagnostic } from './rule/rule-diagnostic.js'
export { coreContentRules, coreRules } from './rules/index.js'
export { summarizeFile } from './file/summarize.js'
export type {
  AliasSummary,
  FileSummary,
  HeadingSummary,
  LinkSummary,
  RequirementSummary
} from './validate/summary.js'
