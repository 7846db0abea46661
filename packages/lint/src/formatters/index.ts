import { github } from './github.js'
import { json } from './json.js'
import { markdown } from './markdown.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'
import type { Formatter } from './types.js'

export type { JsonProblem } from './json.js'
export type { Formatter, FormatterOptions, RuleHelp, RuleMeta } from './types.js'
export { github, json, markdown, sarif, stylish }

export type FormatterName = 'stylish' | 'json' | 'github' | 'sarif' | 'markdown'

/**
 * Every formatter by name, `stylish` (the default) first.
 *
 * @example
 *   const output = formatters[isFormatterName(name) ? name : 'stylish'](results, options)
 */
export const formatters: Readonly<Record<FormatterName, Formatter>> = Object.freeze({
  stylish,
  json,
  github,
  sarif,
  markdown
})

/**
 * The names `--format` accepts, in the order of `formatters`. Typed as strings
 * so that `formatterNames.includes(input)` type-checks for any input.
 */
export const formatterNames: ReadonlyArray<string> = Object.freeze(Object.keys(formatters))

/**
 * Whether `name` is a formatter name. Prefer it to `name in formatters`, which
 * is also true for `toString` and every other property objects inherit.
 */
export function isFormatterName(name: string): name is FormatterName {
  return formatterNames.includes(name)
}
