import type { SearchEntry } from './search-entry.js'

/** Lowercase without accents, so `Réseau` is found by `reseau`. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** An entry with its text folded once, when the index loads, not on every key press. */
export interface PreparedEntry {
  entry: SearchEntry
  title: string
  body: string
}

export function prepareEntries(entries: readonly SearchEntry[]): PreparedEntry[] {
  return entries.map((entry) => ({
    entry,
    title: foldText(entry.title),
    body: foldText(`${entry.context} ${entry.text}`)
  }))
}

const kindWeight: Record<SearchEntry['kind'], number> = { roadmap: 2, step: 1, topic: 0 }

/**
 * The entries that contain every word of `query`, best first: words found in
 * the title count most, then roadmaps before steps before topics; ties keep
 * reading order.
 *
 * @example
 *   matchEntries(prepareEntries(index), 'sql index').map(({ title }) => title)
 */
export function matchEntries(prepared: readonly PreparedEntry[], query: string): SearchEntry[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const scored: { entry: SearchEntry; score: number; position: number }[] = []
  prepared.forEach(({ entry, title, body }, position) => {
    let score = kindWeight[entry.kind]
    for (const word of words) {
      if (title.includes(word)) score += 10
      else if (!body.includes(word)) return
    }
    if (title === words.join(' ')) score += 20
    scored.push({ entry, score, position })
  })
  return scored.sort((a, b) => b.score - a.score || a.position - b.position).map(({ entry }) => entry)
}
