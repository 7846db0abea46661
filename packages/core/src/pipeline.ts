// `@roadmap/core/pipeline`: the stages of the content pipeline, for tools that
// check content (`@roadmap/lint`) rather than use it. Each stage is a small
// function: discover → read → parse (Markdown, YAML, build, validate the
// model) → summarize → cross-file → assemble. `loadContent` in the root entry
// runs them all; the linter runs them with its rules in between.
export { createDiagnostic, report, severityOf, type Diagnostic, type DiagnosticInit, type RelatedPlace, type Severity } from './diagnostic.js'
export { discoverContent, type DiscoveredContent } from './load/discover-content.js'
export { discoverRoadmaps, type RoadmapFolder } from './load/discover.js'
export { sortDiagnostics } from './load/load-content.js'
export { describeFsError, readContentFile } from './load/read-content-file.js'
export { classifyContentPath, type ContentPath } from './parse/content-path.js'
export { defaultMaxFileBytes } from './parse/decode.js'
export { defaultLimits, type ContentLimits } from './parse/limits.js'
export { parseContentFile, unexpectedResult } from './file/parse-file.js'
export { isComment } from './build/markdown-source.js'
export { Positions } from './build/positions.js'
export { coreRuleIds, coreRules, docsBaseUrl, ruleDocsUrl, type CoreRuleId, type RuleEntry } from './rule-ids.js'
export { summarizeFile } from './file/summarize.js'
export type { FileSummary, RequirementSummary } from './validate/summary.js'
export { checkCrossFile } from './validate/cross-file.js'
export { assembleRoadmap, assembleRoadmaps, type FileModel } from './validate/assemble.js'
export { stepKey } from './validate/sources.js'
export { closest } from './util/closest.js'
export { detach } from './util/detach.js'
