import type { Link, Root } from 'mdast'
import GithubSlugger from 'github-slugger'
import { toString as textOf } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import type { LinkReference } from '../rule/content.js'
import { walkAll } from '../util/walk.js'

/**
 * Links and heading anchors of a tree. Resource links are those inside a list
 * item under a `##` topic of a step; the rest are prose links.
 */
export function collectLinks(
  file: VFile,
  tree: Root,
  isStep: boolean
): { links: LinkReference[]; anchors: Set<string> } {
  const text = String(file.value)
  const links: LinkReference[] = []
  const anchors = new Set<string>()
  const slugger = new GithubSlugger()
  let inTopic = false

  for (const node of tree.children) {
    if (node.type === 'heading') {
      anchors.add(slugger.slug(textOf(node)))
      if (node.depth === 2) inTopic = true
    }
    walkAll(node, (child) => {
      if (child !== node && child.type === 'heading') anchors.add(slugger.slug(textOf(child)))
      if (child.type === 'link' && child.position) {
        links.push({
          url: child.url,
          position: child.position,
          destination: findDestination(text, child),
          resource: isStep && inTopic && node.type === 'list'
        })
      }
    })
  }
  return { links, anchors }
}

/**
 * Offsets of a link's destination in the source, so fixes can rewrite just the
 * URL; `undefined` when it cannot be found for sure (then no fix is offered).
 */
export function findDestination(text: string, link: Link): { start: number; end: number } | undefined {
  const start = link.position?.start.offset
  const end = link.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const source = text.slice(start, end)
  // The destination follows the `](` right after the link text. Search from
  // there, not for the last `](`: the title may hold one (`"see ](here)"`).
  const textEnd = (link.children.at(-1)?.position?.end.offset ?? start + 1) - start
  const opening = source.indexOf('](', textEnd)
  if (opening === -1) return undefined
  let from = opening + 2
  while (/[ \t\r\n]/.test(source[from] ?? '')) from++
  let found: { start: number; end: number } | undefined
  if (source[from] === '<') {
    const close = source.indexOf('>', from)
    found = close === -1 ? undefined : { start: start + from + 1, end: start + close }
  } else {
    let to = from
    let depth = 0
    while (to < source.length) {
      const char = source[to]
      if (char === '\\') {
        to += 2
        continue
      }
      if (char === '(') depth++
      if (char === ')') {
        if (depth === 0) break
        depth--
      }
      if (char === ' ' || char === '\t' || char === '\r' || char === '\n') break
      to++
    }
    found = { start: start + from, end: start + to }
  }
  // A destination without escapes or entities is the URL itself: if it is
  // not, the search went wrong, and a fix must not touch the text.
  const written = found && text.slice(found.start, found.end)
  if (written === undefined || (!/[\\&]/.test(written) && written !== link.url)) return undefined
  return found
}
