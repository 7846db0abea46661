import type { Root } from 'mdast'
import type { Position } from 'unist'
import { VFile } from 'vfile'
import { Positions } from '../build/positions.js'
import { buildRoadmap, type RoadmapDraft } from '../build/roadmap.js'
import { buildStep, type StepDraft } from '../build/step.js'
import { report, type Diagnostic } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { RoadmapFrontmatterSchema, StepFrontmatterSchema } from '../schema/frontmatter.js'
import { StepSchema, type Step } from '../schema/step.js'
import { SectionSchema } from '../schema/roadmap.js'
import { validateModel } from '../validate/model.js'
import { classifyContentPath } from '../parse/content-path.js'
import { checkLimits } from '../parse/check-limits.js'
import { decodeContent, type DecodeOptions } from '../parse/decode.js'
import { defaultLimits, type ContentLimits } from '../parse/limits.js'
import { readFrontmatter } from '../parse/frontmatter.js'
import { parseMarkdown } from '../parse/markdown.js'
import { z } from 'zod'

export interface ParseOptions extends DecodeOptions {
  /** Path of the file, ending in `<roadmap-id>/roadmap.md` or `<roadmap-id>/<NN>-<step-id>.md`. */
  path: string
  /** Limits checked before parsing (`defaultLimits` for any left out); a file past one is reported and not parsed. */
  limits?: Partial<ContentLimits> | undefined
}

/** What parsing one file gives: the validated value when it has no errors, and every problem. */
export interface ParseResult<Value, Draft> {
  /** The validated value; `undefined` when the file has any error. */
  value: Value | undefined
  /** The model as written, for later checks that run despite errors. */
  draft: Draft | undefined
  /** Every problem found, in document order. */
  diagnostics: Diagnostic[]
  /** The file, with its path, text and messages. */
  file: VFile
  /** The mdast tree, when the file could be parsed. */
  tree: Root | undefined
  /** Where each object of `draft` was written. */
  positions: Positions
  /** Where each frontmatter value was written: `positionOf(['title'])`. */
  frontmatter: FrontmatterPositions | undefined
}

/** Positions inside the YAML frontmatter, by path. */
export interface FrontmatterPositions {
  /** Position of the value at `path` (`['requires', 0]`), or of the block when there is none. */
  positionOf: (path: ReadonlyArray<PropertyKey>) => Position | undefined
  /** Position of the whole `---` block. */
  position: Position | undefined
}

export type StepParseResult = ParseResult<Step, StepDraft> & { kind: 'step' }
export type RoadmapParseResult = ParseResult<RoadmapDraft, RoadmapDraft> & { kind: 'roadmap' }
export type ContentParseResult = StepParseResult | RoadmapParseResult | UnexpectedParseResult

export interface UnexpectedParseResult {
  kind: 'unexpected'
  value: undefined
  draft: undefined
  diagnostics: Diagnostic[]
  file: VFile
  tree: undefined
  positions: Positions
  frontmatter: undefined
}

const roadmapBodySchema = z.object({ sections: z.array(SectionSchema) })

/**
 * Parse one content file, choosing step or roadmap by its name.
 *
 * @example
 *   const result = parseContentFile(markdown, { path: 'content/backend/03-databases.md' })
 *   if (result.kind === 'step' && result.value) console.log(result.value.topics.length)
 */
export function parseContentFile(contents: string | Uint8Array, options: ParseOptions): ContentParseResult {
  const kind = classifyContentPath(options.path)
  if (kind.kind === 'step') return parseStep(contents, options)
  if (kind.kind === 'roadmap') return parseRoadmap(contents, options)
  const file = new VFile({ path: options.path })
  report(file, kind.reason, { ruleId: coreRuleIds.fileUnexpected, place: { line: 1, column: 1 } })
  return unexpectedResult(file)
}

/** The result for a file that could not be parsed at all (unreadable, or in no place of the layout): its problems only. */
export function unexpectedResult(file: VFile): UnexpectedParseResult {
  return {
    kind: 'unexpected',
    value: undefined,
    draft: undefined,
    diagnostics: file.messages,
    file,
    tree: undefined,
    positions: new Positions(),
    frontmatter: undefined
  }
}

/**
 * Parse a step file (`<roadmap-id>/<NN>-<step-id>.md`) into a validated `Step`.
 *
 * @example
 *   const { value, diagnostics } = parseStep(markdown, { path: 'backend/03-databases.md' })
 */
export function parseStep(contents: string | Uint8Array, options: ParseOptions): StepParseResult {
  const file = new VFile({ path: options.path })
  const positions = new Positions()
  const identity = classifyContentPath(options.path)
  const empty: StepParseResult = {
    kind: 'step',
    value: undefined,
    draft: undefined,
    diagnostics: file.messages,
    file,
    tree: undefined,
    positions,
    frontmatter: undefined
  }
  if (identity.kind !== 'step') {
    report(file, identity.kind === 'unexpected' ? identity.reason : 'Expected a step file named `NN-step-id.md`', {
      ruleId: coreRuleIds.fileUnexpected,
      place: { line: 1, column: 1 }
    })
    return empty
  }

  const text = decodeContent(file, contents, options)
  if (text === undefined || !checkLimits(file, text, { ...defaultLimits, ...options.limits })) return empty

  const tree = parseMarkdown(file)
  const frontmatter = readFrontmatter(file, tree, StepFrontmatterSchema)
  const draft = buildStep(file, tree, frontmatter, identity, positions)
  // Frontmatter problems are already reported; check the body alone then.
  const schema = frontmatter.data
    ? StepSchema
    : StepSchema.pick({ id: true, order: true, introduction: true, topics: true }).loose()
  // `reviewed` is for the maintainers (the linter's `review-date`), not part of the dataset's model.
  const { reviewed: _reviewed, ...model } = draft
  positions.set(model, positions.get(draft))
  const checked = validateModel(file, schema, model, positions)
  const value = hasErrors(file) ? undefined : (checked as Step | undefined)
  sortMessages(file)
  return { ...empty, value, draft, tree, frontmatter }
}

/**
 * Parse `roadmap.md` into the roadmap's own data (its steps come from the step files).
 *
 * @example
 *   const { draft, diagnostics } = parseRoadmap(markdown, { path: 'backend/roadmap.md' })
 */
export function parseRoadmap(contents: string | Uint8Array, options: ParseOptions): RoadmapParseResult {
  const file = new VFile({ path: options.path })
  const positions = new Positions()
  const identity = classifyContentPath(options.path)
  const empty: RoadmapParseResult = {
    kind: 'roadmap',
    value: undefined,
    draft: undefined,
    diagnostics: file.messages,
    file,
    tree: undefined,
    positions,
    frontmatter: undefined
  }
  if (identity.kind !== 'roadmap') {
    report(file, identity.kind === 'unexpected' ? identity.reason : 'Expected a file named `roadmap.md`', {
      ruleId: coreRuleIds.fileUnexpected,
      place: { line: 1, column: 1 }
    })
    return empty
  }

  const text = decodeContent(file, contents, options)
  if (text === undefined || !checkLimits(file, text, { ...defaultLimits, ...options.limits })) return empty

  const tree = parseMarkdown(file)
  const frontmatter = readFrontmatter(file, tree, RoadmapFrontmatterSchema)
  const draft = buildRoadmap(file, tree, frontmatter, identity.roadmapId, positions)
  validateModel(file, roadmapBodySchema, draft, positions)
  const value = hasErrors(file) ? undefined : draft
  sortMessages(file)
  return { ...empty, value, draft, tree, frontmatter }
}

function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}

/** Stages report in their own order; readers want document order. */
function sortMessages(file: VFile): void {
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
