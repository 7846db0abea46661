import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { walk } from '../util/walk.js'

/**
 * Skipping a heading level (`##` then `####`) breaks the outline readers and
 * screen readers rely on. Only `roadmap.md` may have headings below `##`: in
 * a step, `heading-depth` already reports every heading that is not `##`, and
 * reporting it twice would only add noise.
 */
export const headingIncrement = defineFileRule(
  {
    id: lintRuleIds.headingIncrement,
    description: 'Headings go down one level at a time',
    defaultSeverity: 'error'
  },
  ({ parsed, report }) => {
    if (!parsed.tree || parsed.kind !== 'roadmap') return
    // The frontmatter `title` is the page's `#` heading.
    let previous = 1
    walk(parsed.tree, 'heading', (heading) => {
      if (heading.depth > previous + 1) {
        const marks = '#'.repeat(heading.depth)
        report(
          previous === 1
            ? `Unexpected \`${marks}\` heading before any \`##\` heading, expected \`##\``
            : `Unexpected \`${marks}\` heading after \`${'#'.repeat(previous)}\`, expected \`${'#'.repeat(previous + 1)}\` or higher`,
          heading
        )
      }
      previous = heading.depth
    })
  }
)
