/**
 * `text` in lines of at most `width` characters, for SVG text, which does not
 * wrap by itself: words move to the next line whole, a word longer than a line
 * (a 3,000-character title, a URL) is cut, and past `maxLines` the last line
 * ends with `…`. Characters are counted, not measured: the map's geometry
 * (node-geometry.ts) gives every character the width of a wide one, so a line
 * never overflows its box. Written by hand: the text layout libraries measure
 * in a canvas or a DOM, which a build has not.
 *
 * @example
 *   wrapText('Indexes and query plans', 12, 3) // ['Indexes and', 'query plans']
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word
    if (line && line.length + 1 + rest.length <= width) {
      line += ` ${rest}`
      continue
    }
    if (line) lines.push(line)
    while (rest.length > width) {
      lines.push(rest.slice(0, width))
      rest = rest.slice(width)
    }
    line = rest
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const last = kept[maxLines - 1] ?? ''
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`
  return kept
}
