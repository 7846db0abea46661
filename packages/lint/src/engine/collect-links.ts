import type { Link, Root } from 'mdast'
import GithubSlugger from 'github-slugger'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { LinkReference } from './content-index.js'

/**
 * Links and heading anchors of a tree. Resource links are those inside a list
 * item under a `##` topic of a step; the rest are prose links.
 */
export function collectLinks(file: VFile, tree: Root, isStep: boolean): { links: LinkReference[]; anchors: Set<string> } {
  const text = String(file.value)
  const links: LinkReference[] = []
  const anchors = new Set<string>()
  const slugger = new GithubSlugger()
  let inTopic = false

  for (const node of tree.children) {
    if (node.type === 'heading') {
      anchors.add(slugger.slug(toString(node)))
      if (node.depth === 2) inTopic = true
    }
    visit(node, (child) => {
      if (child !== node && child.type === 'heading') anchors.add(slugger.slug(toString(child)))
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

/** Offsets of a link's destination in the source, so fixes can rewrite just the URL. */
export function findDestination(text: string, link: Link): { start: number; end: number } | undefined {
  const start = link.position?.start.offset
  const end = link.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const source = text.slice(start, end)
  // The destination follows the last `](` that is followed by the URL as written.
  const opening = source.lastIndexOf('](')
  if (opening === -1) return undefined
  let from = opening + 2
  while (source[from] === ' ' || source[from] === '\t' || source[from] === '\n') from++
  if (source[from] === '<') {
    const close = source.indexOf('>', from)
    return close === -1 ? undefined : { start: start + from + 1, end: start + close }
  }
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
    if (char === ' ' || char === '\t' || char === '\n') break
    to++
  }
  return { start: start + from, end: start + to }
}
