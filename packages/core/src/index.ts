// The API for apps, in any JavaScript runtime (browsers included): the model
// and its schemas, the dataset's query helpers and the parser. Nothing here
// may import a Node.js module: `loadContent`, which reads the file system, is
// `@roadmap/core/node`; what only tools that check content need (the
// pipeline's stages, rule ids, diagnostics builders) is `@roadmap/core/pipeline`.
export { severityOf, type Diagnostic, type Fix, type RelatedPlace, type Severity } from './diagnostic.js'
export { ContentNotFoundError, ContentPathError, RoadmapError, type RoadmapErrorCode } from './errors.js'
export type { DecodeOptions } from './parse/decode.js'
export { defaultLimits, type ContentLimits } from './parse/limits.js'
export {
  parseContentFile,
  parseRoadmap,
  parseStep,
  type ContentParseResult,
  type FrontmatterPositions,
  type ParseOptions,
  type ParseResult,
  type RoadmapParseResult,
  type StepParseResult,
  type UnexpectedParseResult
} from './file/parse-file.js'
export type { Positions } from './build/positions.js'
export type { RoadmapDraft } from './build/roadmap.js'
export type { ResourceDraft } from './build/resource.js'
export type { StepDraft } from './build/step.js'
export type { TopicDraft } from './build/topic.js'
export * from './query/index.js'
export * from './search/index.js'
export * from './schema/index.js'
export { roadmapJsonSchema, roadmapJsonSchemaId, roadmapSchemaMajor } from './json-schema.js'
