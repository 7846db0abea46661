/**
 * What one content file may hold before it is parsed. The Markdown parser
 * (micromark) takes time that grows with the square of some counts, and
 * libraries that walk its tree recurse once per level of nesting: past these
 * limits a file is reported and left unparsed, so one file cannot stall or
 * crash a run. Every limit is far above what a real step needs (the largest
 * step in `content/` has 107 lines, 44 list items and nesting 2 deep).
 */
export interface ContentLimits {
  /**
   * Deepest nesting: lists and block quotes around a line, plus emphasis and
   * `[` brackets still open at a point of a paragraph. Default 32, as deep as
   * no prose goes (markdown-it stops at 20 in its CommonMark preset); micromark
   * takes time that grows with the square of open emphasis.
   */
  maxNesting: number
  /** Lines in a file. Default 5,000 (the largest step has 107). */
  maxLines: number
  /** Characters in one line. Default 10,000 (the longest line in `content/` has 1,144). */
  maxLineLength: number
  /**
   * List items and block quotes in a file: each one that ends makes micromark
   * copy every event of the file so far. Default 1,000 (the largest step has 44).
   */
  maxListItems: number
  /**
   * Inline markup in one paragraph (or heading, or list item's text): runs of
   * `*` and `_` that can open or close emphasis, `[`, `]`, runs of backticks
   * and `<` that can start HTML or an autolink. Default 300 (a paragraph of
   * prose has a dozen); micromark takes time that grows with its square.
   */
  maxInlineMarkup: number
  /**
   * Inline markup in a whole file, counted as for `maxInlineMarkup`. Default
   * 10,000 (the largest step has 150). Parse time grows with it even when
   * every paragraph is under `maxInlineMarkup`: 2,500 paragraphs of 140 pieces
   * (687 KiB) took 6 s and 950 MiB.
   */
  maxFileMarkup: number
}

/**
 * The default limits.
 *
 * @example
 *   parseStep(text, { path, limits: { ...defaultLimits, maxLines: 10_000 } })
 */
export const defaultLimits: Readonly<ContentLimits> = Object.freeze({
  maxNesting: 32,
  maxLines: 5000,
  maxLineLength: 10_000,
  maxListItems: 1000,
  maxInlineMarkup: 300,
  maxFileMarkup: 10_000
})
