import type { VFile } from 'vfile'

/** What a rule is, for reports that list rules (SARIF) or link to their docs. */
export interface RuleMeta {
  /** Stable rule id, such as `resource-kind-mismatch`. */
  id: string
  /** One line: what the rule checks. */
  description: string
  /** Absolute URL of the rule's documentation. */
  url: string
  /** Severity when the configuration does not change it. */
  defaultSeverity: 'error' | 'warning'
  /**
   * The rule's documentation, for reports that carry it (SARIF's `help`). The
   * CLI reads it from the rule's docs page; without it, a report says the
   * description and links to `url`.
   */
  help?: RuleHelp
}

/** A rule's documentation, in plain text and in Markdown (absolute links only). */
export interface RuleHelp {
  text: string
  markdown: string
}

export interface FormatterOptions {
  /** Use ANSI colours (only `stylish` colours anything). */
  color: boolean
  /** Every rule that may appear in the results (for SARIF's `tool.driver.rules`). */
  rules: ReadonlyArray<RuleMeta>
  /** Version of `@roadmap/lint`, for reports that name the tool. */
  version: string
  /**
   * Columns a line may take (only `stylish` wraps; default 80). The CLI passes
   * the terminal's width (`process.stdout.columns`).
   */
  width?: number
}

/**
 * A formatter turns lint results into text. It is pure: no I/O, no globals.
 *
 * Each result is a `VFile` whose `path` is relative to the working directory
 * with `/` separators, whose `value` is the file's text when it could be read
 * (for code frames), and whose `messages` are the problems found, sorted by
 * line and column. `message.fatal === true` is an error, `false` a warning.
 */
export type Formatter = (results: ReadonlyArray<VFile>, options: FormatterOptions) => string
