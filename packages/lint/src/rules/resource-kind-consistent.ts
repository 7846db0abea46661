import { basename } from 'node:path'
import { kindConflicts } from '../checks/kind-consistency.js'
import { defineContentRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { parseUrl } from '../util/resources.js'
import type { FileSummary, LinkSummary } from '@roadmap/core/pipeline-light'

interface Use {
  file: FileSummary
  link: LinkSummary
}

/** Apps filter and count by kind: the same page cannot be `official` in one topic and an `article` in another. */
export const resourceKindConsistent = defineContentRule(
  {
    id: lintRuleIds.resourceKindConsistent,
    description: 'A URL has the same resource kind everywhere in the library',
    defaultSeverity: 'error',
    fixable: true
  },
  ({ files, report }) => {
    const uses = files.flatMap((file) =>
      file.links.flatMap((link) =>
        link.resource && link.title !== undefined
          ? [{ url: parseUrl(link.url)?.href ?? link.url, kind: link.title, place: { file, link } satisfies Use }]
          : []
      )
    )
    for (const { use, majority, counts, other } of kindConflicts(uses)) {
      const { file, link } = use.place
      const elsewhere = `${where(other.place)}`
      const tally = counts.map(([kind, count]) => `\`${kind}\` ${count}`).join(', ')
      const reason =
        majority === undefined
          ? `Unexpected kind \`${use.kind}\` for \`${link.url}\`, which is \`${other.kind}\` at ${elsewhere} (${tally}); pick its kind by content/README.md's rule and use it everywhere`
          : `Unexpected kind \`${use.kind}\` for \`${link.url}\`, expected \`${majority}\` as at ${elsewhere} (${tally}); use one kind everywhere`
      report(
        file,
        reason,
        link.position,
        majority !== undefined && link.titleRange
          ? { range: [link.titleRange.start, link.titleRange.end], text: `"${majority}"` }
          : undefined
      )
    }
  }
)

function where({ file, link }: Use): string {
  return `\`${file.roadmapId}/${basename(file.path)}:${link.position.start.line}\``
}
