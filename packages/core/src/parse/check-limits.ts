import type { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { InlineScan, type ScanPoint } from './inline-scan.js'
import type { ContentLimits } from './limits.js'

/** The container markers at the start of a line, as far as the scan needs them. */
interface LinePrefix {
  /** Index of the first character after the markers and the white space before them. */
  contentStart: number
  /** Columns of white space right before `contentStart`: 4 or more is indented code. */
  indent: number
  /**
   * An upper bound of the lists and block quotes around the line, when it has
   * a marker (0 when it has none): every list item the line stays in needs
   * at least 2 columns of indentation, every block quote a `>`.
   */
  depth: number
  /** Column (from 1) of the marker that made `depth` pass the limit, if one did. */
  pastLimit: number | undefined
  /** Column (from 1) of the first marker, or 1. */
  firstMarkerColumn: number
  listMarkers: number
  quoteMarkers: number
  /** A bullet with text after it, indented less than 4: it always starts a new block. */
  startsItem: boolean
  /** Only white space and `>` markers: it ends a paragraph. */
  blank: boolean
}

/**
 * Check `text` against the limits before any parser sees it: one pass, in time
 * linear in its length, with no recursion. Reports the first place each limit
 * is passed and returns whether the text is within every limit (only then is
 * it safe to parse). The YAML frontmatter counts for lines and their length;
 * its content is not Markdown.
 *
 * @example
 *   if (checkLimits(file, text, defaultLimits)) tree = parseMarkdown(file)
 */
export function checkLimits(file: VFile, text: string, limits: ContentLimits): boolean {
  const reported = new Set<string>()
  const once = (ruleId: string, reason: string, point: ScanPoint) => {
    if (reported.has(ruleId)) return
    reported.add(ruleId)
    report(file, reason, { ruleId, place: point })
  }

  const inline = new InlineScan()
  let paragraphDepth = 0
  let inParagraph = false
  let quotesBefore = 0
  let items = 0
  let fileMarkup = 0
  let line = 0
  let frontmatter = /^---[ \t]*(?:\r\n|\r|\n)/.test(text)

  for (let start = 0; start < text.length; ) {
    line++
    const end = lineEnd(text, start)
    const length = end - start
    const next = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1)

    if (line === limits.maxLines + 1) {
      once(
        coreRuleIds.maxLines,
        `Unexpected line ${line}, expected at most ${limits.maxLines} lines in a file; split it into smaller step files`,
        { line, column: 1 }
      )
    }
    if (length > limits.maxLineLength) {
      once(
        coreRuleIds.maxLineLength,
        `Unexpected line of ${length} characters, expected at most ${limits.maxLineLength}; break it into shorter lines`,
        { line, column: limits.maxLineLength + 1 }
      )
    }

    const content = text.slice(start, end)
    if (frontmatter) {
      // The opening `---` is line 1; the block ends at the next `---`.
      if (line > 1 && /^---[ \t]*$/.test(content)) frontmatter = false
      start = next
      continue
    }

    const prefix = scanPrefix(content, limits.maxNesting)
    // A `>` beyond those of the line before starts a block quote; the others continue one.
    items += prefix.listMarkers + Math.max(0, prefix.quoteMarkers - quotesBefore)
    quotesBefore = prefix.quoteMarkers
    if (items > limits.maxListItems) {
      once(
        coreRuleIds.maxListItems,
        `Unexpected list item or block quote number ${items}, expected at most ${limits.maxListItems} in a file; split it into smaller step files`,
        { line, column: prefix.firstMarkerColumn }
      )
    }
    if (prefix.pastLimit !== undefined)
      once(coreRuleIds.maxNesting, nestingReason(limits.maxNesting), { line, column: prefix.pastLimit })

    const heading = isAtxHeading(content, prefix)
    if (prefix.blank || prefix.startsItem || heading || !inParagraph) {
      inline.reset()
      paragraphDepth = prefix.depth
      inParagraph = !prefix.blank
    }
    if (!prefix.blank) {
      const markupBefore = inline.markup
      inline.scanLine(
        content,
        prefix.contentStart,
        line,
        {
          depth: limits.maxNesting,
          markup: limits.maxInlineMarkup,
          containerDepth: Math.max(paragraphDepth, prefix.depth)
        },
        {
          depth: (point) => once(coreRuleIds.maxNesting, nestingReason(limits.maxNesting), point),
          markup: (point) =>
            once(
              coreRuleIds.maxInlineMarkup,
              `Unexpected piece of inline markup number ${limits.maxInlineMarkup + 1} in one paragraph (\`*\`, \`_\`, \`[\`, \`]\`, backticks, \`<\`), expected at most ${limits.maxInlineMarkup}; split the paragraph`,
              point
            )
        }
      )
      fileMarkup += inline.markup - markupBefore
      if (fileMarkup > limits.maxFileMarkup) {
        once(
          coreRuleIds.maxFileMarkup,
          `Unexpected ${fileMarkup} pieces of inline markup by this line (\`*\`, \`_\`, \`[\`, \`]\`, backticks, \`<\`), expected at most ${limits.maxFileMarkup} in a file; split it into smaller step files`,
          { line, column: prefix.contentStart + 1 }
        )
      }
    }
    // An ATX heading is a block of its own: the next line starts another.
    if (heading) inParagraph = false
    start = next
  }
  return reported.size === 0
}

function nestingReason(limit: number): string {
  return `Unexpected nesting deeper than ${limit} levels (lists, block quotes, and emphasis or \`[\` brackets still open), expected at most ${limit}; flatten the Markdown here`
}

function lineEnd(text: string, start: number): number {
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || code === 0x0d) return index
  }
  return text.length
}

/**
 * Read the container markers at the start of a line: white space, `>`,
 * bullets (`-`, `+`, `*`) and ordered markers (`1.`, `1)`), each followed by
 * white space or the end of the line. A thematic break (`- - -`) ends them.
 */
function scanPrefix(content: string, limit: number): LinePrefix {
  const prefix: LinePrefix = {
    contentStart: 0,
    indent: 0,
    depth: 0,
    pastLimit: undefined,
    firstMarkerColumn: 1,
    listMarkers: 0,
    quoteMarkers: 0,
    startsItem: false,
    blank: false
  }
  let index = 0
  let column = 0
  let whitespace = 0
  let markers = 0
  for (;;) {
    let spaces = 0
    while (content[index] === ' ' || content[index] === '\t') {
      const width = content[index] === '\t' ? 4 - (column % 4) : 1
      spaces += width
      column += width
      index++
    }
    const character = content[index]
    let after: number
    if (character === '>') {
      after = index + 1
      prefix.quoteMarkers++
    } else if (
      (character === '-' || character === '+' || character === '*') &&
      isMarkerEnd(content[index + 1]) &&
      !isThematicBreak(content, index)
    ) {
      after = index + 1
      prefix.listMarkers++
      if (whitespace + spaces < 4 && markers === 0 && /\S/.test(content.slice(after))) prefix.startsItem = true
    } else {
      const ordered = /^\d{1,9}[.)]/.exec(content.slice(index, index + 11))
      if (!ordered || !isMarkerEnd(content[index + ordered[0].length])) {
        prefix.contentStart = index
        prefix.indent = spaces
        break
      }
      after = index + ordered[0].length
      prefix.listMarkers++
    }
    if (markers === 0) prefix.firstMarkerColumn = index + 1
    markers++
    whitespace += spaces
    prefix.depth = markers + Math.floor(whitespace / 2)
    if (prefix.depth > limit && prefix.pastLimit === undefined) prefix.pastLimit = index + 1
    column += after - index
    index = after
    // One space after a marker belongs to it (`> a`, `- a`); only more is indentation.
    if (content[index] === ' ') {
      column++
      index++
    }
  }
  if (markers === 0) prefix.depth = 0
  prefix.blank = prefix.listMarkers === 0 && content.slice(prefix.contentStart).trim() === ''
  return prefix
}

function isMarkerEnd(character: string | undefined): boolean {
  return character === undefined || character === ' ' || character === '\t'
}

/** Three or more of one of `-`, `*`, `_`, with only white space between: `---`, `* * *`. */
function isThematicBreak(content: string, index: number): boolean {
  return /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(content.slice(index))
}

/** `#` to `######` followed by white space or the end of the line, indented less than 4. */
function isAtxHeading(content: string, prefix: LinePrefix): boolean {
  return prefix.indent < 4 && /^#{1,6}(?:[ \t]|$)/.test(content.slice(prefix.contentStart))
}
