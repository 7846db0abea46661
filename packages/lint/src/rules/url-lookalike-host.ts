import { mixedScriptLabel } from '../checks/lookalike-host.js'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { parseUrl } from '../util/resources.js'
import { spanOf } from '../util/span.js'

/** A host name that mixes scripts (`pаypal.com` with a Cyrillic `а`) imitates another. */
export const urlLookalikeHost = defineFileRule(
  {
    id: lintRuleIds.urlLookalikeHost,
    description: 'Link hosts do not mix scripts in one label, as look-alike hosts do',
    defaultSeverity: 'warning'
  },
  ({ file, links, report }) => {
    for (const link of links) {
      const url = parseUrl(link.url)
      if (!url || !/^https?:$/.test(url.protocol)) continue
      const mixed = mixedScriptLabel(url.hostname)
      if (!mixed) continue
      report(
        `Unexpected host \`${mixed.host}\` (\`${url.hostname}\`): its label \`${mixed.label}\` mixes ${mixed.scripts.join(' and ')} letters, as look-alike hosts do; check that the link goes where it says and write the host in one script`,
        link.destination ? spanOf(file, link.destination.start, link.destination.end) : link.position
      )
    }
  }
)
