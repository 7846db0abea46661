import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { walk } from '../util/walk.js'

/** One marker style keeps diffs small and files consistent. */
export const listMarker = defineFileRule(
  {
    id: lintRuleIds.listMarker,
    description: 'Bullet lists use `-` as their marker',
    defaultSeverity: 'warning',
    fixable: true
  },
  ({ file, parsed, report }) => {
    if (!parsed.tree) return
    const text = String(file.value)
    walk(parsed.tree, 'list', (list) => {
      if (list.ordered) return
      for (const item of list.children) {
        const offset = item.position?.start.offset
        if (offset === undefined) continue
        const marker = text[offset]
        const start = item.position?.start
        if (start && (marker === '*' || marker === '+')) {
          const place = { start, end: { line: start.line, column: start.column + 1, offset: offset + 1 } }
          report(`Unexpected list marker \`${marker}\`, expected \`-\``, place, {
            range: [offset, offset + 1],
            text: '-'
          })
        }
      }
    })
  }
)
