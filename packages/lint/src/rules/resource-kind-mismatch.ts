import type { Fix } from '@roadmap/core/pipeline-light'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { parseUrl, resourcesOf } from '../util/resources.js'

/** Hosts whose pages are videos, so the resource kind must be `video`. */
const videoHosts: ReadonlyArray<{ host: RegExp; name: string; path?: RegExp }> = [
  { host: /^(?:www\.|m\.)?youtube\.com$/, name: 'YouTube', path: /^\/(?:watch|playlist|live\/|shorts\/|embed\/)/ },
  { host: /^youtu\.be$/, name: 'YouTube' },
  { host: /^(?:www\.)?vimeo\.com$/, name: 'Vimeo', path: /^\/\d+/ }
]

/** A link whose URL says what it is (a YouTube video) must have that kind. */
export const resourceKindMismatch = defineFileRule(
  {
    id: lintRuleIds.resourceKindMismatch,
    description: 'A resource on a video host has the kind `video`',
    defaultSeverity: 'warning',
    fixable: true
  },
  ({ file, parsed, report }) => {
    const text = String(file.value)
    for (const { resource, position } of resourcesOf(parsed)) {
      const url = parseUrl(resource.url)
      const host =
        url &&
        videoHosts.find((video) => video.host.test(url.hostname) && (!video.path || video.path.test(url.pathname)))
      if (!host || resource.kind === 'video') continue
      const fix = kindFix(text, position?.start.offset, position?.end.offset, resource.kind)
      report(
        `Unexpected kind \`${resource.kind ?? '(none)'}\` for a ${host.name} link, expected \`video\``,
        position,
        fix
      )
    }
  }
)

/** Replace the link title (`"article"`) by `"video"`, or add it when missing. */
function kindFix(
  text: string,
  start: number | undefined,
  end: number | undefined,
  kind: string | undefined
): Fix | undefined {
  if (start === undefined || end === undefined || text[end - 1] !== ')') return undefined
  const source = text.slice(start, end)
  if (kind === undefined) return { range: [end - 1, end - 1], text: ' "video"' }
  for (const quoted of [`"${kind}"`, `'${kind}'`, `(${kind})`]) {
    const at = source.lastIndexOf(quoted)
    if (at !== -1 && at + quoted.length === source.length - 1) {
      return { range: [start + at, start + at + quoted.length], text: '"video"' }
    }
  }
  return undefined
}
