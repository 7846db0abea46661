import { closest } from './closest.js'

/**
 * `; did you mean \`x\`?` when `value` is a likely typo of one of `allowed`
 * (by `closest`, ignoring case), else `''`: the tail of an "Unexpected …,
 * expected one of …" message for an enum value. Allowed values are short
 * words, so a suggestion takes one edit per four letters (at least one):
 * `oficial` → `official`, but not `blog` → `book`.
 *
 * @example
 *   didYouMean('intermidiate', levels) // '; did you mean `intermediate`?'
 *   didYouMean('easy', levels) // ''
 */
export function didYouMean(value: unknown, allowed: Iterable<unknown>): string {
  if (typeof value !== 'string') return ''
  const candidates = [...allowed].filter((candidate): candidate is string => typeof candidate === 'string')
  const suggestion = closest(value, candidates, Math.max(1, Math.floor(value.length / 4)))
  return suggestion === undefined || suggestion === value ? '' : `; did you mean \`${suggestion}\`?`
}
