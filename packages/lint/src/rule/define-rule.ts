import type { RoadmapParseResult, StepParseResult } from '@roadmap/core'
import { ruleDocsUrl, type RuleEntry } from '@roadmap/core/pipeline-light'
import type { VFile } from 'vfile'
import type { z } from 'zod'
import type { DisableComment } from '../util/disable-comments.js'
import type { ContentIndex, IndexedFile, LinkReference, Place, TextEdit } from './content.js'

/** A rule's entry in the one rule list: id, description, default severity, docs URL, fixable, the files that report it. */
export type LintRuleMeta = RuleEntry

/** What a per-file rule sees: one parsed file, with its tree. */
export interface FileRuleContext<Options> {
  file: VFile
  parsed: StepParseResult | RoadmapParseResult
  /** Every link of the file, resources and prose alike. */
  links: ReadonlyArray<LinkReference>
  /** The file's `roadmap-lint-disable-…` comments, with their places. */
  disableComments: ReadonlyArray<DisableComment>
  options: Options
  report: (reason: string, place: Place, fix?: ReadonlyArray<TextEdit>) => void
}

/** What a cross-file rule sees: a summary of every file, without trees. */
export interface ContentRuleContext<Options> {
  index: ContentIndex
  options: Options
  report: (target: IndexedFile, reason: string, place: Place, fix?: ReadonlyArray<TextEdit>) => void
}

interface RuleBase {
  meta: LintRuleMeta
  /**
   * The rule's own version, for rules outside this package: the content
   * cache keeps results per rule set, by each rule's id, version and the text
   * of its check, so bump it when the rule's helpers change what it reports.
   */
  version?: string | undefined
  /** zod schema of the rule's options in the config (`[severity, options]`). */
  optionsSchema: z.ZodType | undefined
}

/** What a rule's `prepare` sees: the folders that hold the roadmaps being linted. */
export interface PrepareContext {
  /** Absolute paths of the content folders (the parents of the roadmap folders). */
  contentRoots: ReadonlyArray<string>
}

export interface FileRule<Options = unknown> extends RuleBase {
  scope: 'file'
  check: (context: FileRuleContext<Options>) => void
  /**
   * Loads what the check needs before the first file (a dictionary), once a
   * run, and only when the rule is on: checks stay synchronous.
   */
  prepare?: ((context: PrepareContext) => Promise<void>) | undefined
}

export interface ContentRule<Options = unknown> extends RuleBase {
  scope: 'content'
  check: (context: ContentRuleContext<Options>) => void
}

// biome-ignore lint/suspicious/noExplicitAny: a list of rules holds rules of every options type
export type Rule = FileRule<any> | ContentRule<any>

export interface RuleDefinition<Options> {
  id: string
  description: string
  defaultSeverity: 'error' | 'warning'
  fixable?: boolean
  options?: z.ZodType<Options>
  /** See `Rule['version']`. */
  version?: string
}

/**
 * Define a rule that checks one file at a time. The body only reports; the
 * factory fills in the rule id, source, docs URL and severity.
 *
 * @example
 *   export const listMarker = defineFileRule({ id: 'list-marker', … }, ({ parsed, report }) => { … })
 */
export function defineFileRule<Options = undefined>(
  definition: RuleDefinition<Options>,
  check: (context: FileRuleContext<Options>) => void,
  hooks: { prepare?: (context: PrepareContext) => Promise<void> } = {}
): FileRule<Options> {
  return {
    scope: 'file',
    meta: metaOf(definition),
    optionsSchema: definition.options,
    version: definition.version,
    check,
    prepare: hooks.prepare
  }
}

/** Define a rule that needs every file at once (numbering, links between files). */
export function defineContentRule<Options = undefined>(
  definition: RuleDefinition<Options>,
  check: (context: ContentRuleContext<Options>) => void
): ContentRule<Options> {
  return {
    scope: 'content',
    meta: metaOf(definition),
    optionsSchema: definition.options,
    version: definition.version,
    check
  }
}

function metaOf(definition: RuleDefinition<unknown>): LintRuleMeta {
  return {
    id: definition.id,
    description: definition.description,
    url: ruleDocsUrl(definition.id),
    defaultSeverity: definition.defaultSeverity,
    fixable: definition.fixable ?? false,
    // One rule per file, named by its id (rule-registry.test.ts checks it).
    implementedIn: [`packages/lint/src/rules/${definition.id}.ts`]
  }
}
