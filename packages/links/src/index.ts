export { createLinkChecker, type LinkChecker } from './checker.js'
export {
  LinkHostConfigSchema,
  LinksConfigSchema,
  type LinkHostConfig,
  type LinksConfig
} from './config-schema.js'
export { LinkCheckError, LinkCheckerFinishedError, LinkOptionsError, ShardFormatError } from './errors.js'
export type { ExcludePattern } from './exclude.js'
export type { LinkHostOptions } from './hosts.js'
export {
  linkCheckerDefaults,
  linkOptionsFromConfig,
  parseDuration,
  type LinkCheckerOptions,
  type LookupFunction
} from './options.js'
export { linkProblems } from './problems.js'
export { renderProgressBar, type ProgressBarInput } from './progress.js'
export { linkRuleIds, linkRules, type LinkRuleId } from './rules.js'
export { inShard, parseShard } from './shard.js'
export type {
  CacheProblem,
  FragmentResult,
  LinkOccurrence,
  LinkOutcome,
  LinkProblem,
  LinkProgress,
  LinkReasonCode,
  LinkRedirect,
  LinkReport,
  LinkResult,
  Shard
} from './types.js'
