import type { Nodes, Root } from 'mdast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'

/** The schemes a link may have: a web page or an email address. */
const allowedSchemes: ReadonlySet<string> = new Set(['https', 'http', 'mailto'])

/**
 * Report what in a file's Markdown an app showing the dataset must not get:
 * links whose scheme is not `https:`, `http:` or `mailto:` (`javascript:`,
 * `data:`, `vbscript:`, `file:` …), in prose, headings, autolinks and link
 * definitions (resources are `resource-url`'s), and images anywhere (a remote
 * image is a tracking pixel in every app that renders the prose). The
 * parser has decoded entities and escapes in each URL already
 * (`jav&#x61;script:` is `javascript:`); the scheme is then read as a browser
 * reads it.
 *
 * @example
 *   reportUnsafeLinks(file, tree, new Set(resourceLinkPositions))
 */
export function reportUnsafeLinks(file: VFile, tree: Root, resources: ReadonlySet<Position | undefined>): void {
  // A stack, not recursion: however deep the tree, this cannot overflow.
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'image' || node.type === 'imageReference') reportImage(file, node)
    else if ((node.type === 'link' && !resources.has(node.position)) || node.type === 'definition') {
      const scheme = schemeOf(node.url)
      if (scheme !== undefined && !allowedSchemes.has(scheme)) {
        report(
          file,
          `Unexpected link scheme \`${scheme}:\` in \`${shown(node.url)}\`, expected \`https:\`, \`http:\`, \`mailto:\` or a relative link; link to a web page instead`,
          { ruleId: coreRuleIds.linkScheme, place: node }
        )
      }
    }
    if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
}

function reportImage(file: VFile, node: Extract<Nodes, { type: 'image' | 'imageReference' }>): void {
  const written =
    node.type === 'image'
      ? `![${node.alt ?? ''}](${node.url})`
      : `![${node.alt ?? ''}][${node.label ?? node.identifier}]`
  report(
    file,
    `Unexpected image \`${shown(written)}\`, expected text and links only: an image is loaded from its host by every app that shows the content; link to it instead (\`[${shown(node.alt || 'description')}](…)\`) or describe it in words`,
    { ruleId: coreRuleIds.imageUnexpected, place: node }
  )
}

/**
 * The scheme of `url`, lower-cased, as a browser reads it (the WHATWG URL
 * standard: leading and trailing control characters and spaces, and tabs and
 * line breaks anywhere, are dropped first, so `java\tscript:` is
 * `javascript:`); `undefined` for a relative URL. A leading U+FFFD is dropped
 * too: it is what this parser makes of `&#1;`, which a renderer that follows
 * the HTML standard decodes to U+0001, a control character a browser drops.
 */
export function schemeOf(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a browser drops
  const cleaned = url.replace(/^[\u0000-\u0020\uFFFD]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '')
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase()
}

/** A URL or markup as a message shows it: on one line, at most 60 characters. */
function shown(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are replaced to keep the message on one line
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}
