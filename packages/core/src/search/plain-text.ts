/**
 * The words of a Markdown description, for the search index: link targets,
 * comments and markup characters dropped. Written by hand, not with remark:
 * the search runs in browsers, where the Markdown parser would weigh more than
 * the search library and the index together, and a tokenizer needs only the
 * words, not the structure.
 *
 * @example
 *   plainText('See [the guide](https://example.org/x) *now*') // 'See the guide  now '
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<https?:[^>]*>/g, ' ')
    .replace(/[*_`[\]<>#]/g, ' ')
}
