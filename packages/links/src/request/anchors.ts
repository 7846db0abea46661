import { Parser } from 'htmlparser2'

/**
 * Every `id="…"` on any element and `name="…"` on `<a>` in an HTML page,
 * with character references decoded. htmlparser2's tokenizer reads the page
 * once, in time linear in its length, whatever the markup: a page of a
 * million unclosed `<a ` costs what any page of that size does (a regular
 * expression over tags backtracked quadratically on it). It loads only when
 * a page is read for anchors (`fragments.ts`).
 *
 * @example
 *   [...extractAnchors('<h2 id="install">Install</h2><a name="top-link"></a>')] // ['install', 'top-link']
 */
export function extractAnchors(html: string): Set<string> {
  const ids = new Set<string>()
  let tag = ''
  const parser = new Parser(
    {
      onopentagname: (name) => {
        tag = name
      },
      onattribute: (name, value) => {
        if (value !== '' && (name === 'id' || (name === 'name' && tag === 'a'))) ids.add(value)
      }
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  )
  parser.end(html)
  return ids
}
