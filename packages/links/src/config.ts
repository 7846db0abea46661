// The `@roadmap/links/config` entry: the configuration schema, its
// conversion to options and the error classes, without the checker (no
// undici), for tools that read a configuration file before they know whether
// links will be checked.
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
export { headerVariables, type HeaderVariable } from './options/header-variables.js'
export { linkOptionsFromConfig, parseDuration } from './options/options.js'
export { parseShard } from './options/shard.js'
