import { officialOrder } from '../checks/official-first.js'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { resourcesOf } from '../util/resources.js'

/** content/README.md: "Within a topic, list `official` resources first". */
export const resourceOfficialFirst = defineFileRule(
  {
    id: lintRuleIds.resourceOfficialFirst,
    description: 'A topic lists its `official` resources first',
    defaultSeverity: 'error',
    fixable: true
  },
  ({ file, parsed, report }) => {
    const text = String(file.value)
    const byTopic = new Map<object, ReturnType<typeof resourcesOf>>()
    for (const located of resourcesOf(parsed))
      byTopic.set(located.topic, [...(byTopic.get(located.topic) ?? []), located])
    for (const located of byTopic.values()) {
      const items = located.map(({ resource, position }) => ({
        kind: resource.kind,
        ...lineSpan(text, position?.start.offset, position?.end.offset)
      }))
      if (items.some((item) => item.start < 0)) continue
      const order = officialOrder(text, items)
      if (!order) continue
      const other = located[order.firstOther]
      for (const [index, misplaced] of order.misplaced.entries()) {
        const { resource, position } = located[misplaced] ?? {}
        report(
          `Unexpected \`official\` resource \`${resource?.title}\` after the \`${other?.resource.kind ?? '(none)'}\` resource on line ${other?.position?.start.line}, expected official resources first; move it up`,
          position,
          // One fix for the whole list: it is the same for every message of the topic.
          index === 0 ? { range: [order.fix.start, order.fix.end], text: order.fix.text } : undefined
        )
      }
    }
  }
)

/** The offsets of the whole lines a resource's link is written on (its list item, marker included). */
function lineSpan(text: string, start: number | undefined, end: number | undefined): { start: number; end: number } {
  if (start === undefined || end === undefined) return { start: -1, end: -1 }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const lineEnd = text.indexOf('\n', end)
  return { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd }
}
