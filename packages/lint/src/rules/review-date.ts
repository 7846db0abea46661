import { z } from 'zod'
import { expiresMarkers } from '../checks/expires-markers.js'
import { expiryState, reviewState, todayUtc } from '../checks/review-dates.js'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { spanOf } from '../util/span.js'

const options = z
  .strictObject({
    'max-age-months': z.int().positive().default(12),
    'warn-days': z.int().nonnegative().default(30),
    /** The day to judge by, `YYYY-MM-DD` (default: today in UTC); for reproducible runs and tests. */
    today: z.iso.date().optional()
  })
  .default({ 'max-age-months': 12, 'warn-days': 30 })

/** Facts go stale: each step says when it was last checked, and dated claims warn before they expire. */
export const reviewDate = defineFileRule(
  {
    id: lintRuleIds.reviewDate,
    description:
      'A step has a `reviewed` date less than 12 months old (option `max-age-months`), and no `expires` marker is 30 days away or less (`warn-days`)',
    defaultSeverity: 'warning',
    options
  },
  ({ file, parsed, options: settings, report }) => {
    const today = settings.today ?? todayUtc()
    if (parsed.kind === 'step' && parsed.draft) {
      const reviewed = parsed.draft.reviewed
      const state = reviewState(reviewed, { today, maxAgeMonths: settings['max-age-months'] })
      const place = parsed.frontmatter?.positionOf(['reviewed'])
      if (state.state === 'missing') {
        report(
          'Cannot find `reviewed` in the frontmatter; add `reviewed: YYYY-MM-DD`, the day you last checked this step against its sources',
          parsed.frontmatter?.position
        )
      } else if (state.state === 'future') {
        report(
          `Unexpected \`reviewed\` date \`${reviewed}\` after today (\`${today}\`), expected the day of the last review`,
          place
        )
      } else if (state.state === 'due') {
        report(
          `Unexpected \`reviewed\` date \`${reviewed}\`, ${settings['max-age-months']} months or more ago (due \`${state.due}\`); check the step against its sources, then set \`reviewed\` to that day`,
          place
        )
      }
    }
    for (const marker of expiresMarkers(parsed.tree)) {
      const state = expiryState(marker.date, { today, warnDays: settings['warn-days'] })
      if (state.state !== 'soon') continue
      report(
        `Claim expires on \`${marker.date}\`, in ${state.days} day${state.days === 1 ? '' : 's'}; check it against its source, then update it and its \`expires\` marker`,
        spanOf(file, marker.start, marker.end)
      )
    }
  }
)
