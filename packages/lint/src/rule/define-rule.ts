import type { RoadmapParseResult, StepParseResult } from '@roadmap/core'
import {
  defineContentRule as defineRuleOfContent,
  ruleBase,
  type ContentRule,
  type FileSummary,
  type Fix,
  type LinkSummary,
  type Place,
  type RuleBase,
  type RuleDefinition,
  type RuleMeta,
  type StageRule
} from '@roadmap/core/pipeline-light'
import type { ContentRuleContext } from '@roadmap/core/pipeline-light'
import type { LinkVerdict } from '@roadmap/links'
import type { VFile } from 'vfile'
import { lintDocsUrl } from '../rule-ids.js'
import type { DisableComment } from '../util/disable-comments.js'

export type { ContentRule, ContentRuleContext, Place, RuleMeta, StageRule }

/** What a file rule sees: one parsed file, with its tree, text and summary. */
export interface FileRuleContext<Options> {
  /** The file, with its text in `value`. */
  file: VFile
  parsed: StepParseResult | RoadmapParseResult
  /** What the checks across files will read of it: its step or roadmap, links and headings. */
  summary: FileSummary
  /** Every link of the file, resources and prose alike (`summary.links`). */
  links: ReadonlyArray<LinkSummary>
  /** The file's `roadmap-lint-disable-…` comments, with their places. */
  disableComments: ReadonlyArray<DisableComment>
  options: Options
  /** Report a problem at `place`; `fix`, when the rule knows for sure how to fix it. */
  report: (reason: string, place: Place, fix?: Fix) => void
}

/** What a rule's `prepare` sees: the folders that hold the roadmaps being linted. */
export interface PrepareContext {
  /** Absolute paths of the content folders (the parents of the roadmap folders). */
  contentRoots: ReadonlyArray<string>
}

/** A rule that checks one file at a time, with its tree. */
export interface FileRule<Options = unknown> extends RuleBase<Options> {
  scope: 'file'
  // A method, so that a list of rules holds rules of every options type.
  check(context: FileRuleContext<Options>): void
  /**
   * Loads what the check needs (a dictionary) before the first file is
   * checked, once a run and only when the rule is on, so that checks stay
   * synchronous: `prepareRules` runs it.
   */
  prepare?: ((context: PrepareContext) => Promise<void>) | undefined
}

/** What a link rule sees: one external link, and what the link checker found at its URL. */
export interface LinkRuleContext<Options> {
  /** The file the link is in. */
  file: FileSummary
  link: LinkSummary
  verdict: LinkVerdict<unknown>
  options: Options
  /** Report a problem at the link; `fix`, when the rule knows for sure how to fix it. */
  report: (reason: string, fix?: Fix) => void
}

/** A rule that judges an external link by the link checker's verdict on it. */
export interface LinkRule<Options = unknown> extends RuleBase<Options> {
  scope: 'link'
  check(context: LinkRuleContext<Options>): void
}

/**
 * Every kind of rule, one mechanism: each has its meta (id, description,
 * default severity, docs URL, fixable), options schema and version; `scope`
 * says what its check sees. A `stage` rule has no check: a stage of the
 * pipeline reports it (the core's parser, this engine's `internal-error`).
 */
export type Rule = StageRule | FileRule | ContentRule | LinkRule

/** A rule's entry in the one rule list: id, description, default severity, docs URL, fixable, the files that report it. */
export type LintRuleMeta = RuleMeta

/**
 * What the factories take. `url` defaults to this package's docs page for the
 * id and `implementedIn` to `packages/lint/src/rules/<id>.ts` (one rule per
 * file, named by its id): a rule of your own gives its own `url`.
 */
export type LintRuleDefinition<Options> = Omit<RuleDefinition<Options>, 'url'> & { url?: string }

/**
 * Define a rule that checks one file at a time. The body only reports; the
 * factory fills in the rule id, source, docs URL and severity.
 *
 * @example
 *   export const listMarker = defineFileRule({ id: 'list-marker', … }, ({ parsed, report }) => { … })
 */
export function defineFileRule<Options = undefined>(
  definition: LintRuleDefinition<Options>,
  check: (context: FileRuleContext<Options>) => void,
  hooks: { prepare?: (context: PrepareContext) => Promise<void> } = {}
): FileRule<Options> {
  return { scope: 'file', ...ruleBase(withDefaults(definition)), check, prepare: hooks.prepare }
}

/**
 * Define a rule that needs every file at once (numbering, links between
 * files): it sees each file's summary, never a tree.
 *
 * @example
 *   export const stepNumbering = defineContentRule({ id: 'step-numbering', … }, ({ files, report }) => { … })
 */
export function defineContentRule<Options = undefined>(
  definition: LintRuleDefinition<Options>,
  check: (context: ContentRuleContext<Options>) => void
): ContentRule<Options> {
  return defineRuleOfContent(withDefaults(definition), check)
}

/**
 * Define a rule that judges external links by the link checker's verdict
 * (runs only when links are checked).
 *
 * @example
 *   export const linkBroken = defineLinkRule({ id: 'link-broken', … }, ({ verdict, report }) => { … })
 */
export function defineLinkRule<Options = undefined>(
  definition: LintRuleDefinition<Options>,
  check: (context: LinkRuleContext<Options>) => void
): LinkRule<Options> {
  return { scope: 'link', ...ruleBase(withDefaults(definition)), check }
}

function withDefaults<Options>(definition: LintRuleDefinition<Options>): RuleDefinition<Options> {
  return {
    url: lintDocsUrl(definition.id),
    implementedIn: [`packages/lint/src/rules/${definition.id}.ts`],
    source: 'roadmap-lint',
    ...definition
  }
}
