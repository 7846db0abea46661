import { basename, dirname, resolve } from 'node:path'
import type { FileSummary } from '@roadmap/core/pipeline-light'
import { closest } from '@roadmap/core/query'
import { defineContentRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'

/** Relative links and `#fragment` links must lead to a file and heading that exist. */
export const linkUnresolved = defineContentRule(
  {
    id: lintRuleIds.linkUnresolved,
    description: 'Relative and `#fragment` links resolve to an existing file and heading',
    defaultSeverity: 'error'
  },
  ({ files, file, exists, report }) => {
    const anchors = new Map<FileSummary, Set<string>>()
    const anchorsOf = (summary: FileSummary) => {
      let found = anchors.get(summary)
      if (!found) {
        found = new Set(summary.headings.map((heading) => heading.anchor))
        anchors.set(summary, found)
      }
      return found
    }
    for (const entry of files) {
      for (const link of entry.links) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link.url) || link.url.startsWith('//')) continue
        const hash = link.url.indexOf('#')
        const pathPart = decode(hash === -1 ? link.url : link.url.slice(0, hash))
        const fragment = hash === -1 ? undefined : decode(link.url.slice(hash + 1))
        const targetPath = pathPart === '' ? entry.path : resolve(dirname(entry.path), pathPart.split('?')[0] ?? '')
        const target = file(targetPath)

        if (!target && !exists(targetPath)) {
          const suggestion = closest(
            basename(targetPath),
            files.filter((each) => dirname(each.path) === dirname(targetPath)).map((each) => basename(each.path))
          )
          const forLink = link.url === pathPart ? '' : ` for link \`${link.url}\``
          report(
            entry,
            `Cannot find file \`${pathPart}\`${forLink}; ${suggestion ? `did you mean \`${withBasename(pathPart, suggestion)}\`?` : 'check the path, relative to this file'}`,
            link.position
          )
          continue
        }
        // A file that could not be parsed has no known headings: its own message says why.
        if (fragment === undefined || fragment === '' || !target || (target.step ?? target.roadmap) === undefined)
          continue
        if (!anchorsOf(target).has(fragment.toLowerCase())) {
          const suggestion = closest(fragment, anchorsOf(target))
          const where = target === entry ? 'this file' : `\`${pathPart}\``
          report(
            entry,
            `Cannot find heading \`#${fragment}\` in ${where}${suggestion ? `; did you mean \`#${suggestion}\`?` : '; link to an existing heading'}`,
            link.position
          )
        }
      }
    }
  }
)

/** Percent-decode a path or fragment; a stray `%` (`100%.md`) is kept as written instead of throwing. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `path` with its last segment replaced: `../backend/02-x.md` → `../backend/02-y.md`. */
function withBasename(path: string, name: string): string {
  const query = path.indexOf('?')
  const bare = query === -1 ? path : path.slice(0, query)
  const slash = bare.lastIndexOf('/')
  return `${bare.slice(0, slash + 1)}${name}`
}
