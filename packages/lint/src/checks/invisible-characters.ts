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
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
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
