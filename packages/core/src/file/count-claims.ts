import type { Nodes, Root } from 'mdast'
import type { Position } from 'unist'
import { location } from 'vfile-location'
import { detach } from '../util/detach.js'

/** A statement in prose of how many steps or topics there are. */
export interface CountClaim {
  noun: 'step' | 'topic'
  count: number
  /** As written: `seventeen-step`, `17 steps`. */
  text: string
  start: number
  end: number
}

const units = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen'
]
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const numberPattern = `(?:\\d{1,3}|(?:${tens.slice(2).join('|')})(?:-(?:${units.slice(1, 10).join('|')}))?|${units.slice(1).join('|')})`
const whole = '(?:guide|roadmap|path|journey|plan|curriculum|course|program|programme|step)'
const scope = '(?:below|above|that follow|ahead|of this (?:roadmap|guide|step)|in this (?:roadmap|guide|step))'

// Only statements about the whole roadmap or step (see the linter's docs/rules/prose-count.md):
// "a seventeen-step guide", "the 17 steps below", "these 17 steps". A
// determiner right before the number keeps out "the first three steps".
const patterns: ReadonlyArray<{ pattern: RegExp; bare: boolean }> = [
  { pattern: new RegExp(`\\b(?:a|an) (${numberPattern})[- ](step|topic) ${whole}\\b`, 'gi'), bare: false },
  { pattern: new RegExp(`\\b(?:these|all|the) (${numberPattern}) (steps|topics) ${scope}`, 'gi'), bare: false },
  { pattern: new RegExp(`\\b(?:these|all) (${numberPattern}) (steps|topics)\\b`, 'gi'), bare: true }
]

/**
 * Statements of a number of steps or topics in `text`, with their offsets.
 * `bare` forms ("these 17 steps", with nothing after that says which) are
 * read only when `bare` says they are about the file's own roadmap or step.
 *
 * @example
 *   countClaims('A seventeen-step guide to the backend.') // [{ noun: 'step', count: 17, text: 'seventeen-step', start: 2, end: 16 }]
 */
export function countClaims(text: string, options: { bare: ReadonlySet<'step' | 'topic'> }): CountClaim[] {
  const claims = new Map<number, CountClaim>()
  for (const { pattern, bare } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const written = match[1] ?? ''
      const noun = (match[2] ?? '').toLowerCase().replace(/s$/, '') as 'step' | 'topic'
      if (bare && !options.bare.has(noun)) continue
      const start = match.index + match[0].indexOf(written)
      if (claims.has(start)) continue
      const end = start + written.length + 1 + (match[2] ?? '').length
      claims.set(start, { noun, count: countOf(written), text: text.slice(start, end), start, end })
    }
  }
  return [...claims.values()].sort((a, b) => a.start - b.start)
}

function countOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written)
  const [ten = '', unit = ''] = written.toLowerCase().split('-')
  const tensValue = tens.indexOf(ten)
  return tensValue > 1 ? tensValue * 10 + Math.max(0, units.indexOf(unit)) : units.indexOf(ten)
}

/** A `CountClaim` with where it is written in its file. */
export interface PlacedCountClaim {
  noun: 'step' | 'topic'
  count: number
  text: string
  place: Position
}

/**
 * The count claims in the prose of a parsed file (text in paragraphs,
 * headings and lists; never code), each with its place. A roadmap's
 * `roadmap.md` speaks for its steps, a step file for its topics: only there
 * are bare forms ("these 17 steps") read.
 *
 * @example
 *   proseCountClaims(text, tree, 'roadmap') // [{ noun: 'step', count: 17, text: 'seventeen-step', place }]
 */
export function proseCountClaims(text: string, tree: Root, kind: 'step' | 'roadmap'): PlacedCountClaim[] {
  const bare = new Set<'step' | 'topic'>([kind === 'roadmap' ? 'step' : 'topic'])
  const points = location(text)
  const claims: PlacedCountClaim[] = []
  // A stack, not recursion: however deep the tree, this cannot overflow.
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
      continue
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type !== 'text' || start === undefined || end === undefined) continue
    for (const claim of countClaims(text.slice(start, end), { bare })) {
      const from = points.toPoint(start + claim.start)
      const to = points.toPoint(start + claim.end)
      if (!from || !to) continue
      claims.push({ noun: claim.noun, count: claim.count, text: detach(claim.text), place: { start: from, end: to } })
    }
  }
  return claims
}
