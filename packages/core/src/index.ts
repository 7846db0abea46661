export { report, severityOf, type Diagnostic, type DiagnosticInit, type Severity } from './diagnostic.js'
export { ContentNotFoundError, RoadmapError } from './errors.js'
export { discoverRoadmaps, type RoadmapFolder } from './load/discover.js'
export { loadContent, sortDiagnostics, type LoadOptions, type LoadResult } from './load/load-content.js'
export { describeFsError, readContentFile } from './load/read-content-file.js'
export { classifyContentPath, type ContentPath } from './parse/content-path.js'
export { defaultMaxFileBytes, type DecodeOptions } from './parse/decode.js'
export { isComment } from './build/markdown-source.js'
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
} from './parse/parse-file.js'
export { Positions } from './build/positions.js'
export type { RoadmapDraft } from './build/roadmap.js'
export type { ResourceDraft } from './build/resource.js'
export type { StepDraft } from './build/step.js'
export type { TopicDraft } from './build/topic.js'
export { coreRuleIds, docsBaseUrl, ruleDocsUrl, type CoreRuleId } from './rule-ids.js'
export { checkCrossFile } from './validate/cross-file.js'
export { closest } from './util/closest.js'
export { assembleRoadmap } from './validate/assemble.js'
export { missingRoadmapFile } from './validate/roadmap-missing.js'
export { stepKey, type RoadmapSource } from './validate/sources.js'
export * from './query/index.js'
export * from './schema/index.js'
export { roadmapJsonSchema, roadmapJsonSchemaId } from './json-schema.js'
