/** Where the scan of one paragraph first passed a limit: a line and a column, from 1. */
export interface ScanPoint {
  line: number
  column: number
}

/** One character of a delimiter run still open: emphasis or a `[` bracket. */
interface Opener {
  char: number
  /** Length of the run it came from, and whether that run could also close (CommonMark's rule of 3). */
  runLength: number
  both: boolean
}

const backtick = 0x60
const asterisk = 0x2a
const underscore = 0x5f
const openBracket = 0x5b
const closeBracket = 0x5d
const bang = 0x21
const backslash = 0x5c
const lessThan = 0x3c
/** Backtick runs longer than this are counted, not matched: the search is what micromark itself is slow at. */
const longestCodeFence = 32

/**
 * Follows the inline markup of one paragraph, line by line, without parsing:
 * how many emphasis delimiters and `[` brackets are open at once (the depth
 * they can nest to), and how much markup the paragraph has. It can count more
 * than the parser would nest, never less: a closer closes only the opener on
 * top of the stack, as in CommonMark when nothing else is open, and every
 * delimiter run counts whether or not the parser will pair it.
 */
export class InlineScan {
  readonly #openers: Opener[] = []
  /** Backtick run lengths without a closer in the rest of the current line. */
  #unclosedTicks = new Set<number>()
  markup = 0

  /** Start a new paragraph. */
  reset(): void {
    this.#openers.length = 0
    this.markup = 0
  }

  /** Open emphasis and brackets now. */
  get depth(): number {
    return this.#openers.length
  }

  /**
   * Scan `text` (one line of the paragraph, from `start`). `onDepth` is called
   * with the point of each opener that makes the depth larger than `depthLimit`,
   * `onMarkup` at the first piece of markup past `markupLimit`.
   */
  scanLine(
    text: string,
    start: number,
    line: number,
    limits: { depth: number; markup: number; containerDepth: number },
    report: { depth: (point: ScanPoint) => void; markup: (point: ScanPoint) => void }
  ): void {
    this.#unclosedTicks = new Set()
    const mark = (index: number) => {
      this.markup++
      if (this.markup === limits.markup + 1) report.markup({ line, column: index + 1 })
    }
    let index = start
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (code === backslash) {
        index += 2
      } else if (code === backtick) {
        mark(index)
        index = this.#codeSpan(text, index)
      } else if (code === asterisk || code === underscore) {
        let end = index + 1
        while (text.charCodeAt(end) === code) end++
        const opened = this.#emphasis(text, index, end, code)
        if (opened !== undefined) mark(index)
        if (opened) this.#checkDepth(limits, report, line, index)
        index = end
      } else if (code === openBracket || (code === bang && text.charCodeAt(index + 1) === openBracket)) {
        const at = code === bang ? index + 1 : index
        mark(at)
        this.#openers.push({ char: openBracket, runLength: 1, both: false })
        this.#checkDepth(limits, report, line, at)
        index = at + 1
      } else if (code === closeBracket) {
        mark(index)
        if (this.#openers.at(-1)?.char === openBracket) this.#openers.pop()
        index++
      } else if (code === lessThan && /[A-Za-z/!?]/.test(text.charAt(index + 1))) {
        mark(index)
        index++
      } else {
        index++
      }
    }
  }

  #checkDepth(
    limits: { depth: number; containerDepth: number },
    report: { depth: (point: ScanPoint) => void },
    line: number,
    index: number
  ): void {
    if (limits.containerDepth + this.#openers.length > limits.depth) report.depth({ line, column: index + 1 })
  }

  /** Skip a code span closed on the same line; returns the index after it (or after the opening run). */
  #codeSpan(text: string, index: number): number {
    let end = index + 1
    while (text.charCodeAt(end) === backtick) end++
    const length = end - index
    if (length > longestCodeFence || this.#unclosedTicks.has(length)) return end
    for (let search = end; search < text.length; ) {
      if (text.charCodeAt(search) !== backtick) {
        search++
        continue
      }
      let close = search + 1
      while (text.charCodeAt(close) === backtick) close++
      if (close - search === length) return close
      search = close
    }
    // Every later run of this length on the line is unclosed too: search once.
    this.#unclosedTicks.add(length)
    return end
  }

  /**
   * A run of `*` or `_` from `start` to `end`: close what it can on top of the
   * stack, open the rest. Returns whether it opened anything, `false` when it
   * only closed, `undefined` when it can do neither (not markup at all).
   */
  #emphasis(text: string, start: number, end: number, char: number): boolean | undefined {
    const before = start === 0 ? ' ' : text.charAt(start - 1)
    const after = end >= text.length ? ' ' : text.charAt(end)
    const left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before))
    const right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after))
    const canOpen = char === underscore ? left && (!right || isPunctuation(before)) : left
    const canClose = char === underscore ? right && (!left || isPunctuation(after)) : right
    if (!canOpen && !canClose) return undefined
    const both = canOpen && canClose
    let remaining = end - start
    if (canClose) {
      while (remaining > 0) {
        const top = this.#openers.at(-1)
        if (
          top?.char !== char ||
          ((both || top.both) &&
            (top.runLength + end - start) % 3 === 0 &&
            !(top.runLength % 3 === 0 && (end - start) % 3 === 0))
        )
          break
        this.#openers.pop()
        remaining--
      }
    }
    if (!canOpen || remaining === 0) return false
    for (let unit = 0; unit < remaining; unit++) this.#openers.push({ char, runLength: end - start, both })
    return true
  }
}

function isWhitespace(character: string): boolean {
  return character === ' ' || character === '\t' || (character > '\u007f' && /\s/.test(character))
}

function isPunctuation(character: string): boolean {
  const code = character.charCodeAt(0)
  if (code < 0x80)
    return (
      (code >= 0x21 && code <= 0x2f) ||
      (code >= 0x3a && code <= 0x40) ||
      (code >= 0x5b && code <= 0x60) ||
      (code >= 0x7b && code <= 0x7e)
    )
  return /[\p{P}\p{S}]/u.test(character)
}
