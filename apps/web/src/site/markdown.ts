import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

// CommonMark, as the content is parsed and linted by @roadmap/core. Raw HTML
// is dropped (remark-rehype leaves it out unless told otherwise: the format
// allows only comments, which have no place in a page), and the sanitizer
// removes anything unsafe that Markdown itself can express, such as
// `javascript:` links.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze()

/**
 * The HTML of a Markdown description, introduction or section body, safe to
 * put into a page.
 *
 * @example
 *   markdownToHtml('Use **indexes**.') // '<p>Use <strong>indexes</strong>.</p>'
 */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown))
}
