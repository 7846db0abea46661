import type { FileRule } from '../rule/define-rule.js'

/**
 * Run the `prepare` of every file rule that is on, once, before any file is
 * checked: on the main thread and in each file worker.
 *
 * @example
 *   await prepareRules(fileRules, (id) => severities.get(id) === 'off', ['/repo/content'])
 */
export async function prepareRules(
  rules: ReadonlyArray<FileRule>,
  isOff: (ruleId: string) => boolean,
  contentRoots: ReadonlyArray<string>
): Promise<void> {
  await Promise.all(
    rules.filter((rule) => rule.prepare && !isOff(rule.meta.id)).map((rule) => rule.prepare?.({ contentRoots }))
  )
}
