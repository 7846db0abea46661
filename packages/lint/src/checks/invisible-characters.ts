/** A run of invisible characters in a text, with its offsets. */
export interface InvisibleRun {
  start: number
  end: number
  /** Each character as `U+202E RIGHT-TO-LEFT OVERRIDE`. */
  names: string[]
}

// Names for the message: Node has no table of Unicode character names, and
// these are the only ones this check reports.
const names: Readonly<Record<number, string>> = {
  1564: 'ARABIC LETTER MARK',
  8203: 'ZERO WIDTH SPACE',
  8204: 'ZERO WIDTH NON-JOINER',
  8205: 'ZERO WIDTH JOINER',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8288: 'WORD JOINER',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
  65279: 'ZERO WIDTH NO-BREAK SPACE'
}

const invisible = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]+/g
const pictograph = /\p{Extended_Pictographic}/u

/**
 * Runs of bidirectional controls and zero-width characters in `text`. A zero
 * width joiner between two pictographs is part of an emoji (👩‍💻) and is
 * kept; everything else in the set is invisible in an English text and can
 * only hide or reorder what a reader sees.
 *
 * @example
 *   invisibleCharacters('Safe title \u202Egnp.exe')
 *   // [{ start: 11, end: 12, names: ['U+202E RIGHT-TO-LEFT OVERRIDE'] }]
 */
export function invisibleCharacters(text: string): InvisibleRun[] {
  const runs: InvisibleRun[] = []
  for (const match of text.matchAll(invisible)) {
    const start = match.index
    const end = start + match[0].length
    if (match[0] === '\u200D' && isEmojiJoin(text, start, end)) continue
    const codes = [...match[0]].map((character) => character.codePointAt(0) ?? 0)
    runs.push({
      start,
      end,
      names: codes.map((code) => `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${names[code] ?? ''}`.trim())
    })
  }
  return runs
}

function isEmojiJoin(text: string, start: number, end: number): boolean {
  const before = String.fromCodePoint(text.codePointAt(start - 2) ?? 0) + text[start - 1]
  const after = String.fromCodePoint(text.codePointAt(end) ?? 0)
  return pictograph.test(before) && pictograph.test(after)
}
