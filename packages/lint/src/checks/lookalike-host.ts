import { domainToUnicode } from 'node:url'

// The scripts a host-name label is written in. `\p{Script=…}` is the
// Unicode Script property; letters of scripts not named here count as
// `Other`, digits and `-` (script Common) count as none.
const scripts: ReadonlyArray<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u]
]

// UTS #39's "highly restrictive" mixes: the scripts written together in
// Japanese, Chinese and Korean, each with Latin.
const allowedMixes: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul'])
]

/** A host-name label whose letters come from scripts that are not written together. */
export interface MixedScriptLabel {
  /** The host as a reader sees it (`xn--` labels decoded). */
  host: string
  label: string
  scripts: string[]
}

/**
 * The first label of `host` that mixes scripts, as look-alike hosts do
 * (`pаypal.com` with a Cyrillic `а`). `xn--` labels are decoded first.
 *
 * @example
 *   mixedScriptLabel('xn--pypal-4ve.com') // { host: 'pаypal.com', label: 'pаypal', scripts: ['Latin', 'Cyrillic'] }
 *   mixedScriptLabel('例え.jp') // undefined (Han and Hiragana are written together)
 */
export function mixedScriptLabel(host: string): MixedScriptLabel | undefined {
  const unicode = domainToUnicode(host) || host
  for (const label of unicode.split('.')) {
    const found = new Set<string>()
    for (const character of label) {
      if (!/\p{L}/u.test(character)) continue
      found.add(scripts.find(([, pattern]) => pattern.test(character))?.[0] ?? 'Other')
    }
    if (found.size < 2) continue
    if (allowedMixes.some((mix) => [...found].every((script) => mix.has(script)))) continue
    return { host: unicode, label, scripts: [...found] }
  }
  return undefined
}
