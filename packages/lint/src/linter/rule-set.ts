import type { ContentRule } from '@roadmap/core/pipeline-light'
import type { FileRule, LinkRule, Rule } from '../rule/define-rule.js'
import type { LintSettings } from './settings.js'

/** The rules a run runs, by what their checks see, and how the configuration sets them. */
export interface RuleSet {
  file: FileRule[]
  content: ContentRule[]
  link: LinkRule[]
  /** A rule's options, as the configuration resolved them. */
  optionsOf: (ruleId: string) => unknown
}

/**
 * `rules` by scope, leaving out those the configuration turns `off` (they do
 * not run, so they offer no fix either).
 *
 * @example
 *   const { file, content, link, optionsOf } = ruleSet(lintRules, config)
 */
export function ruleSet(rules: ReadonlyArray<Rule>, settings: LintSettings): RuleSet {
  const on = rules.filter((rule) => settings.severities.get(rule.meta.id) !== 'off')
  return {
    file: on.filter((rule): rule is FileRule => rule.scope === 'file'),
    content: on.filter((rule): rule is ContentRule => rule.scope === 'content'),
    link: on.filter((rule): rule is LinkRule => rule.scope === 'link'),
    optionsOf: (ruleId) => settings.ruleOptions.get(ruleId)
  }
}
