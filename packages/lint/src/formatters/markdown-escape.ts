// GitHub renders a step summary as GitHub-flavoured Markdown with HTML, so a
// value from content (a frontmatter key, a URL, a file name) must reach it as
// text: no link, image, HTML, autolink or table cell of its own. GFM has no
// escaping function to call; these follow cmark-gfm's rules, which the tests
// check case by case.

/**
 * A message for a table cell: its values stay in code spans, everything else
 * is text. Code spans are read as CommonMark reads them: a run of backticks
 * opens one and the next run of as many closes it (so a value that holds a
 * backtick is written ``` `` `npm` `` ```); a run that nothing closes is
 * text. Whatever a value holds, a piece is either escaped text or a code span
 * that cannot end early.
 *
 * @example
 *   messageCell('Unexpected key `a|b`') // 'Unexpected key `a\\|b`'
 */
export function messageCell(message: string): string {
  const runs = [...message.matchAll(/`+/g)].map((run) => ({ at: run.index, length: run[0].length }))
  // The runs of each length, in order, and how far each list has been read: one pass, however many backticks a hostile value holds.
  const byLength = new Map<number, number[]>()
  runs.forEach((run, index) => {
    const same = byLength.get(run.length)
    if (same) same.push(index)
    else byLength.set(run.length, [index])
  })
  const read = new Map<number, number>()
  let cell = ''
  let textFrom = 0
  for (let index = 0; index < runs.length; index++) {
    const open = runs[index] as { at: number; length: number }
    const same = byLength.get(open.length) as number[]
    let next = read.get(open.length) ?? 0
    while (next < same.length && (same[next] as number) <= index) next++
    read.set(open.length, next)
    if (next === same.length) continue
    const closeIndex = same[next] as number
    const close = runs[closeIndex] as { at: number; length: number }
    const content = spanContent(message.slice(open.at + open.length, close.at))
    cell += textCell(message.slice(textFrom, open.at)) + codeCell(content)
    textFrom = close.at + close.length
    index = closeIndex
  }
  return cell + textCell(message.slice(textFrom))
}

/** What a code span holds: CommonMark drops one space at each end when both are there (`` `` ` `` `` is a backtick). */
function spanContent(content: string): string {
  return /^ [\s\S]*[^ ][\s\S]* $/.test(content) ? content.slice(1, -1) : content
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
  // A fence longer than any run of backticks in the value; a space inside it where CommonMark would drop one or merge a backtick into the fence.
  const fence = '`'.repeat(Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length)) + 1)
  const pad = /^`|`$/.test(value) || /^ [\s\S]*[^ ][\s\S]* $/.test(value) ? ' ' : ''
  return `${fence}${pad}${value.replace(/\|/g, '\\|')}${pad}${fence}`
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
