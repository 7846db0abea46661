// `@roadmap/core/pipeline`: the stages of the content pipeline, for tools that
// check content (`@roadmap/lint`) rather than use it. Each stage is a small
// function: discover → read → parse (Markdown, YAML, build, validate the
// model) → summarize → cross-file → assemble. `loadContent` in `@roadmap/core/node`
// runs them all; the linter runs them with its rules in between. The stages
// that do not parse are also in `@roadmap/core/pipeline-light`, which loads
// no parser.
export * from './pipeline-light.js'
export { parseContentFile } from './file/parse-file.js'
export { assembleRoadmaps, type FileModel } from './validate/assemble.js'
