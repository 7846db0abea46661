/**
 * `url` as it must be written between `](` and `)` to read back as the same
 * address. Fixes rewrite a link's destination with a URL that may hold what
 * Markdown reads differently: an unbalanced `(` or `)` ends or breaks the link
 * (a redirect to `/wiki/Foo_(bar` would turn the link into plain text), so
 * its parentheses are percent-encoded, as `url-malformed` asks; `<`, `>` and
 * `\` and a `&name;` character reference are backslash-escaped, which works in
 * both the bare and the `<…>` form.
 */
export function destinationText(url: string): string {
  const text = balanced(url) ? url : url.replaceAll('(', '%28').replaceAll(')', '%29')
  return text.replace(/[\\<>]|&(?=#?[a-z0-9]+;)/gi, '\\$&')
}

function balanced(url: string): boolean {
  let depth = 0
  for (const char of url) {
    if (char === '(') depth++
    else if (char === ')' && --depth < 0) return false
  }
  return depth === 0
}
