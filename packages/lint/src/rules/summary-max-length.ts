import { z } from 'zod'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'

const options = z.strictObject({ max: z.int().positive().default(160) }).default({ max: 160 })

/** A summary is one sentence that fits under a title in a list of steps. */
export const summaryMaxLength = defineFileRule(
  {
    id: lintRuleIds.summaryMaxLength,
    description: 'A step `summary` or roadmap `description` is at most 160 characters (option `max`)',
    defaultSeverity: 'warning',
    options
  },
  ({ parsed, options: { max }, report }) => {
    const key = parsed.kind === 'step' ? 'summary' : 'description'
    const text = parsed.kind === 'step' ? parsed.draft?.summary : parsed.draft?.description
    if (text && [...text].length > max) {
      report(
        `Unexpected \`${key}\` of ${[...text].length} characters, expected at most ${max}; keep it to one short sentence and move detail into the introduction`,
        parsed.frontmatter?.positionOf([key])
      )
    }
  }
)
