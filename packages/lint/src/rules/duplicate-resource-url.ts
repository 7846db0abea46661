import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { parseUrl, resourcesOf } from '../util/resources.js'

/** The same page listed twice in one step wastes a learner's attention. */
export const duplicateResourceUrl = defineFileRule(
  {
    id: lintRuleIds.duplicateResourceUrl,
    description: 'A resource URL appears only once within a step',
    defaultSeverity: 'error'
  },
  ({ parsed, report }) => {
    const seen = new Map<string, { topic: string; line: number | undefined }>()
    for (const { topic, resource, position } of resourcesOf(parsed)) {
      const key = parseUrl(resource.url)?.href ?? resource.url
      const first = seen.get(key)
      if (first) {
        report(
          `Unexpected duplicate resource \`${resource.url}\`, already listed in topic \`${first.topic}\` on line ${first.line}; keep it in one topic`,
          position
        )
      } else {
        seen.set(key, { topic: topic.title, line: position?.start.line })
      }
    }
  }
)
