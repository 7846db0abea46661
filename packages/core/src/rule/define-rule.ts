import type { Point, Position } from 'unist'
import type { Node } from 'unist'
import type { z } from 'zod'
import type { Fix, Severity } from '../diagnostic.js'
import type { FileSummary } from '../validate/summary.js'

/** A rule as lists show it: SARIF's rules, the README's table, the docs pages. */
export interface RuleMeta {
  /** Stable id: configuration files and disable comments name it, so it is never renamed or reused. */
  id: string
  /** One line: what the rule checks. */
  description: string
  /** Severity when the configuration does not change it. */
  defaultSeverity: Severity
  /** Absolute URL of the rule's documentation, beside its code. */
  url: string
  /** Whether its messages carry fixes (`roadmap-lint --fix` applies them). */
  fixable: boolean
  /** The files that report it, relative to the repository root. */
  implementedIn: readonly string[]
}

/** What every rule has, whatever it checks. */
export interface RuleBase<Options = unknown> {
  meta: RuleMeta
  /** The tool that reports it, as its messages' `source` (vfile's convention). */
  source: string
  /**
   * The rule's own version, for rules outside this repository: the content
   * cache keeps results per rule set, by each rule's id, version and the text
   * of its check, so bump it when the rule's helpers change what it reports.
   */
  version?: string | undefined
  /** zod schema of the rule's options in the configuration (`[severity, options]`); none without options. */
  optionsSchema: z.ZodType<Options> | undefined
}

/**
 * A rule that a stage of the pipeline reports as it goes, rather than a check
 * of its own: the content format's rules, which the parser finds as it reads
 * a file (`meta.implementedIn` names where), and the engine's `internal-error`.
 */
export interface StageRule extends RuleBase<undefined> {
  scope: 'stage'
}

/** Where a problem is: a span, a point, a node, or nowhere in particular. */
export type Place = Position | Point | Node | undefined

/** What a content rule sees: the summary of every file of the content, never a tree or a text. */
export interface ContentRuleContext<Options> {
  /** Every file of the content, sorted by path. */
  files: ReadonlyArray<FileSummary>
  /** The file at an absolute path, if it is one of `files`. */
  file: (path: string) => FileSummary | undefined
  /** Whether anything exists at an absolute path (a relative link to a file that is not content). */
  exists: (path: string) => boolean
  options: Options
  /** Report a problem in `file` at `place`; `fix`, when the rule knows for sure how to fix it. */
  report: (file: FileSummary, reason: string, place: Place, fix?: Fix) => void
}

/** A rule that checks the content as a whole: links between files, ids, numbering. */
export interface ContentRule<Options = unknown> extends RuleBase<Options> {
  scope: 'content'
  // A method, so that a list of rules (`ContentRule[]`) holds rules of every options type.
  check(context: ContentRuleContext<Options>): void
}

/** What a rule factory takes: the meta (the URL is required for rules outside this repository), options and version. */
export interface RuleDefinition<Options> {
  id: string
  description: string
  defaultSeverity: Severity
  url: string
  fixable?: boolean
  /** zod schema of the options; the check gets them parsed, defaults filled in. */
  options?: z.ZodType<Options>
  /** See `RuleBase['version']`. */
  version?: string
  /** The tool that reports it (default `roadmap`). */
  source?: string
  /** The files that report it (default: none named). */
  implementedIn?: readonly string[]
}

/**
 * The rule object every factory makes, with its check's scope.
 *
 * @example
 *   defineContentRule({ id: 'duplicate-step-id', description, defaultSeverity: 'error', url }, ({ files, report }) => …)
 */
export function defineContentRule<Options = undefined>(
  definition: RuleDefinition<Options>,
  check: (context: ContentRuleContext<Options>) => void
): ContentRule<Options> {
  return { scope: 'content', ...ruleBase(definition), check }
}

/** A rule a stage of the pipeline reports (see `StageRule`). */
export function defineStageRule(definition: RuleDefinition<undefined>): StageRule {
  return { scope: 'stage', ...ruleBase(definition) }
}

/** What every factory fills in from a definition: the meta, source, version and options schema. */
export function ruleBase<Options>(definition: RuleDefinition<Options>): RuleBase<Options> {
  return {
    meta: {
      id: definition.id,
      description: definition.description,
      defaultSeverity: definition.defaultSeverity,
      url: definition.url,
      fixable: definition.fixable ?? false,
      implementedIn: definition.implementedIn ?? []
    },
    source: definition.source ?? 'roadmap',
    version: definition.version,
    optionsSchema: definition.options
  }
}
