import { z } from 'zod'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { resourcesOf } from '../util/resources.js'

const options = z
  .strictObject({ max: z.int().positive().default(60), 'resource-max': z.int().positive().default(120) })
  .default({ max: 60, 'resource-max': 120 })

/** Titles show up in navigation and cards: long ones get cut off. */
export const titleMaxLength = defineFileRule(
  {
    id: lintRuleIds.titleMaxLength,
    description:
      'Titles and topic headings are at most 60 characters (option `max`), resource titles at most 120 (`resource-max`)',
    defaultSeverity: 'warning',
    options
  },
  ({ parsed, options: { max, 'resource-max': resourceMax }, report }) => {
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
    for (const { resource, position } of resourcesOf(parsed)) {
      if ([...resource.title].length > resourceMax)
        report(tooLong('resource title', resource.title, resourceMax), position)
    }
  }
)

function tooLong(what: string, text: string, max: number): string {
  const characters = [...text]
  // A pasted paragraph is not repeated whole in the message.
  const shown = characters.length > 100 ? `${characters.slice(0, 40).join('')}…` : text
  return `Unexpected ${what} of ${characters.length} characters, expected at most ${max}; shorten \`${shown}\``
}
