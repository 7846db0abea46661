import type { Link, Nodes, Root } from 'mdast'
import GithubSlugger from 'github-slugger'
import { toString as textOf } from 'mdast-util-to-string'
import { detach } from '../util/detach.js'
import { hostOf, protocolOf } from '../util/url.js'
import type { HeadingSummary, LinkSummary } from '../validate/summary.js'

/**
 * Every link and heading of a file's tree, in document order, as its summary
 * keeps them: copied out of the source text (`detach`), so that the tree and
 * the text can go. A link is a resource when it is in a list under a `##`
 * topic of a step; the rest are links in prose. Headings get the anchor
 * GitHub gives them (`#some-heading`, `-1` for the second of a name).
 *
 * @example
 *   const { links, headings } = linksAndHeadings(String(parsed.file.value), parsed.tree, parsed.kind === 'step')
 */
export function linksAndHeadings(
  text: string,
  tree: Root,
  isStep: boolean
): { links: LinkSummary[]; headings: HeadingSummary[] } {
  const links: LinkSummary[] = []
  const headings: HeadingSummary[] = []
  const slugger = new GithubSlugger()
  let inTopic = false
  for (const block of tree.children) {
    if (block.type === 'heading' && block.depth === 2) inTopic = true
    const resource = isStep && inTopic && block.type === 'list'
    // A stack, not recursion: however deep the tree, this cannot overflow.
    const stack: Nodes[] = [block]
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'heading' && node.position) {
        const title = textOf(node)
        headings.push({
          depth: node.depth,
          text: detach(title),
          anchor: detach(slugger.slug(title)),
          position: node.position
        })
      } else if (node.type === 'link' && node.position) {
        const url = detach(node.url)
        const destination = findDestination(text, node)
        const protocol = protocolOf(url)
        links.push({
          url,
          protocol,
          host: hostOf(url, protocol),
          position: node.position,
          destination,
          resource,
          title: node.title === null || node.title === undefined ? undefined : detach(node.title),
          titleRange: findTitle(text, node, destination)
        })
      }
      if ('children' in node)
        for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
    }
  }
  return { links, headings }
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

/**
 * Offsets of a link's title as written, quotes included (`"official"`), so a
 * fix can rewrite just the kind; `undefined` when it cannot be found for sure.
 */
export function findTitle(
  text: string,
  link: Link,
  destination: { start: number; end: number } | undefined
): { start: number; end: number } | undefined {
  const end = link.position?.end.offset
  if (!destination || end === undefined || link.title === null || link.title === undefined) return undefined
  const after = text.slice(destination.end, end)
  const match = /^>?[ \t\r\n]+(["'(])([^"'()\\&]*)["')][ \t\r\n]*\)$/.exec(after)
  if (!match || match[2] !== link.title) return undefined
  const start = destination.end + after.indexOf(match[1] as string)
  return { start, end: start + (match[2] as string).length + 2 }
}
