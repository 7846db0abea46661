import { z } from 'zod'
import { expiresMarkers } from '../checks/expires-markers.js'
import { expiryState, todayUtc } from '../checks/review-dates.js'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { spanOf } from '../util/span.js'

const options = z
  .strictObject({
    /** The day to judge by, `YYYY-MM-DD` (default: today in UTC); for reproducible runs and tests. */
    today: z.iso.date().optional()
  })
  .default({})

/** A claim marked `<!-- expires: YYYY-MM-DD -->` is no longer known to be true from that day on. */
export const claimExpired = defineFileRule(
  {
    id: lintRuleIds.claimExpired,
    description: 'No `<!-- expires: YYYY-MM-DD -->` marker has reached its day, and every marker has a real date',
    defaultSeverity: 'error',
    options
  },
  ({ file, parsed, options: settings, report }) => {
    const today = settings.today ?? todayUtc()
    for (const marker of expiresMarkers(parsed.tree)) {
      const state = expiryState(marker.date, { today, warnDays: 0 })
      const place = spanOf(file, marker.start, marker.end)
      if (state.state === 'invalid') {
        report(`Unexpected \`expires\` date \`${marker.date}\`, expected a real date written \`YYYY-MM-DD\``, place)
      } else if (state.state === 'passed') {
        report(
          `Unexpected claim past its \`expires\` date \`${marker.date}\` (today is \`${today}\`); check it against its source, then update it and its marker, or remove both`,
          place
        )
      }
    }
  }
)
