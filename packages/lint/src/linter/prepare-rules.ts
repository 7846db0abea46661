import type { FileRule } from '../rule/define-rule.js'

/**
 * Run the `prepare` of every file rule given (the rules that are on), before
 * the first file is checked: what it loads (a dictionary) lets the checks stay
 * synchronous. `lint()` calls it once a file must be parsed; a caller of
 * `lintText` calls it once before.
 *
 * @example
 *   await prepareRules(lintRules, ['/repo/content'])
 */
export async function prepareRules(rules: ReadonlyArray<unknown>, contentRoots: ReadonlyArray<string>): Promise<void> {
  await Promise.all(
    rules
      .filter(
        (rule): rule is FileRule => (rule as FileRule).scope === 'file' && (rule as FileRule).prepare !== undefined
      )
      .map((rule) => rule.prepare?.({ contentRoots }))
  )
}
