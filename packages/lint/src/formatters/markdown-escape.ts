// GitHub renders a step summary as GitHub-flavoured Markdown with HTML, so a
// value from content (a frontmatter key, a URL, a file name) must reach it as
// text: no link, image, HTML, autolink or table cell of its own. GFM has no
// escaping function to call; these follow cmark-gfm's rules, which the tests
// check case by case.

/**
 * A message for a table cell: its values stay in code spans, everything else
 * is text. A message is cut at every backtick, and the pieces alternate text
 * and code; whatever a value holds (backticks included), a piece is either
 * escaped text or a code span that cannot end early.
 *
 * @example
 *   messageCell('Unexpected key `a|b`') // 'Unexpected key `a\\|b`'
 */
export function messageCell(message: string): string {
  const pieces = message.split('`')
  // An odd number of backticks leaves the last one unpaired: it is text.
  if (pieces.length % 2 === 0) pieces.push(`\`${pieces.pop() ?? ''}`)
  return pieces.map((piece, index) => (index % 2 === 0 ? textCell(piece) : codeCell(piece))).join('')
}

/**
 * Plain text, such as a path: every character Markdown could read as syntax
 * is escaped, and so is what GFM would turn into a link of its own (the `:`
 * of `https://`, the `.` of `www.`, the `@` of an email address); a line break
 * becomes `<br>`.
 */
export function textCell(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#!~&|@]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/\r\n|\r|\n/g, '<br>')
}

/**
 * A value in a code span. Inside one, a backslash is literal, so a `\|`
 * would still end the cell (cmark-gfm reads `\\` then `|`): a value with a
 * backslash or a line break is shown as text between escaped backticks.
 */
function codeCell(value: string): string {
  if (value === '' || /[\\\r\n]/.test(value)) return `\\\`${textCell(value)}\\\``
  return `\`${value.replace(/\|/g, '\\|')}\``
}

/** A link to a rule's docs, or the id as text when the URL is not `https:` or `http:`. */
export function linkCell(text: string, url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return textCell(text)
  return `[${textCell(text)}](${escapeUrl(url)})`
}

/** A link destination that cannot end the link or the row early. */
function escapeUrl(url: string): string {
  return url.replace(/[\s()<>|\\`[\]]/g, (character) => {
    const code = character.charCodeAt(0).toString(16).toUpperCase()
    return `%${code.padStart(2, '0')}`
  })
}
