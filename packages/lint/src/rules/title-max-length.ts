import { z } from 'zod'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'

const options = z.strictObject({ max: z.int().positive().default(60) }).default({ max: 60 })

/** Titles show up in navigation and cards: long ones get cut off. */
export const titleMaxLength = defineFileRule(
  {
    id: lintRuleIds.titleMaxLength,
    description: 'Titles and topic headings are at most 60 characters (option `max`)',
    defaultSeverity: 'warning',
    options
  },
  ({ parsed, options: { max }, report }) => {
    const title = parsed.draft?.title
    if (title && [...title].length > max) {
      report(tooLong('title', title, max), parsed.frontmatter?.positionOf(['title']))
    }
    const headings = parsed.kind === 'step' ? (parsed.draft?.topics ?? []) : (parsed.draft?.sections ?? [])
    for (const heading of headings) {
      if ([...heading.title].length > max) {
        report(
          tooLong(parsed.kind === 'step' ? 'topic heading' : 'section heading', heading.title, max),
          parsed.positions.get(heading)
        )
      }
    }
  }
)

function tooLong(what: string, text: string, max: number): string {
  return `Unexpected ${what} of ${[...text].length} characters, expected at most ${max}; shorten \`${text}\``
}
