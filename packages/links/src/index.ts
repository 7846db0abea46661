export { checkLinks, streamLinks, type LinkInput } from './checker/check-links.js'
export { createLinkChecker, type AddOptions, type LinkChecker } from './checker/checker.js'
export {
  LinkCheckError,
  LinkCheckerFinishedError,
  LinkOptionsError,
  LinkThreadError,
  RoadmapError,
  ShardFormatError,
  type LinkCheckErrorCode
} from './errors.js'
export {
  LinkHostConfigSchema,
  LinksConfigSchema,
  type LinkHostConfig,
  type LinksConfig
} from './options/config-schema.js'
export type { ExcludePattern } from './options/exclude.js'
export { headerVariables, type HeaderVariable } from './options/header-variables.js'
export type { LinkHostOptions } from './options/hosts.js'
export {
  linkCheckerDefaults,
  linkOptionsFromConfig,
  parseDuration,
  type LinkCheckerOptions,
  type LookupFunction
} from './options/options.js'
export { inShard, parseShard } from './options/shard.js'
export { LinkCheckerThread, linkCheckerThreadAvailable } from './thread/thread-checker.js'
export {
  linkVerdictKinds,
  quietFailureKinds,
  type CacheProblem,
  type FragmentResult,
  type LinkFailing,
  type LinkProgress,
  type LinkReasonCode,
  type LinkRedirect,
  type LinkReport,
  type LinkSuggestion,
  type LinkVerdict,
  type LinkVerdictKind,
  type QuietFailure,
  type QuietFailureKind,
  type Shard
} from './types.js'
