import { z } from 'zod'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { resourcesOf } from '../util/resources.js'

const options = z
  .strictObject({
    title: z.int().positive().default(200),
    summary: z.int().positive().default(500),
    resource: z.int().positive().default(300)
  })
  .default({ title: 200, summary: 500, resource: 300 })

/**
 * Hard limits past which a text breaks every page that shows it: the
 * `*-max-length` warnings say what reads well, this says what is wrong.
 */
export const textMaxLength = defineFileRule(
  {
    id: lintRuleIds.textMaxLength,
    description: 'Titles, headings, summaries and resource titles stay under hard limits (200, 500 and 300 characters)',
    defaultSeverity: 'error',
    options
  },
  ({ parsed, options: limits, report }) => {
    const check = (what: string, text: string | undefined, max: number, place: Parameters<typeof report>[1]) => {
      const length = text === undefined ? 0 : [...text].length
      if (length <= max) return
      const shown = [...(text ?? '')].slice(0, 40).join('')
      report(
        `Unexpected ${what} of ${length.toLocaleString('en-US')} characters, expected at most ${max.toLocaleString('en-US')}; shorten \`${shown}…\``,
        place
      )
    }
    check('title', parsed.draft?.title, limits.title, parsed.frontmatter?.positionOf(['title']))
    if (parsed.kind === 'step') {
      check('summary', parsed.draft?.summary, limits.summary, parsed.frontmatter?.positionOf(['summary']))
      for (const topic of parsed.draft?.topics ?? []) {
        check('topic heading', topic.title, limits.title, parsed.positions.get(topic))
      }
      for (const { resource, position } of resourcesOf(parsed)) {
        check('resource title', resource.title, limits.resource, position)
      }
    } else {
      check('description', parsed.draft?.description, limits.summary, parsed.frontmatter?.positionOf(['description']))
      for (const section of parsed.draft?.sections ?? []) {
        check('section heading', section.title, limits.title, parsed.positions.get(section))
      }
    }
  }
)
