/** A resource of a topic's list: its kind and the offsets of its list item's text. */
export interface ListedResource {
  kind: string | undefined
  start: number
  end: number
}

/** What is out of order in one topic's list, and the list in order. */
export interface OfficialOrder {
  /** Indexes of the `official` resources listed after another kind. */
  misplaced: number[]
  /** Index of the first resource of another kind, which they should come before. */
  firstOther: number
  /** The items' text in order, each in the place of one item, so what lies between items stays. */
  fix: { start: number; end: number; text: string }
}

/**
 * Whether a topic lists its `official` resources first; if not, which ones
 * are out of place and the reordered text (a stable sort: official
 * resources first, each group in its own order).
 *
 * @example
 *   officialOrder('- [A](a "article")\n- [B](b "official")', [
 *     { kind: 'article', start: 0, end: 18 }, { kind: 'official', start: 19, end: 38 }
 *   ]) // { misplaced: [1], firstOther: 0, fix: { start: 0, end: 38, text: '- [B](b "official")\n- [A](a "article")' } }
 */
export function officialOrder(text: string, resources: ReadonlyArray<ListedResource>): OfficialOrder | undefined {
  const firstOther = resources.findIndex((resource) => resource.kind !== 'official')
  if (firstOther === -1) return undefined
  const misplaced = resources.flatMap((resource, index) =>
    index > firstOther && resource.kind === 'official' ? [index] : []
  )
  if (misplaced.length === 0) return undefined
  const ordered = [
    ...resources.filter((resource) => resource.kind === 'official'),
    ...resources.filter((resource) => resource.kind !== 'official')
  ]
  const first = resources[0] as ListedResource
  const last = resources[resources.length - 1] as ListedResource
  let result = ''
  for (const [index, slot] of resources.entries()) {
    const item = ordered[index] as ListedResource
    result += text.slice(item.start, item.end)
    const next = resources[index + 1]
    if (next) result += text.slice(slot.end, next.start)
  }
  return { misplaced, firstOther, fix: { start: first.start, end: last.end, text: result } }
}
