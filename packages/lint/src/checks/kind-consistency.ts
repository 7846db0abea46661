/** One place a URL is listed as a resource, with the kind it has there. */
export interface KindUse<Place> {
  /** The URL as compared: `new URL(url).href` when it parses. */
  url: string
  kind: string
  place: Place
}

/** A resource whose kind disagrees with the kind the same URL has elsewhere. */
export interface KindConflict<Place> {
  use: KindUse<Place>
  /** The kind most places give the URL, when more give it than any other kind. */
  majority: string | undefined
  /** How many places give each kind, most first. */
  counts: Array<[kind: string, count: number]>
  /** The first place with another kind (the majority's, if there is one). */
  other: KindUse<Place>
}

/**
 * The resources whose kind is not the one their URL has elsewhere. With a
 * clear majority (one kind given more often than any other), the uses of the
 * other kinds are the conflicts; without one, every use is.
 *
 * @example
 *   kindConflicts([{ url: 'https://12factor.net/', kind: 'official', place: 1 }, …])
 */
export function kindConflicts<Place>(uses: ReadonlyArray<KindUse<Place>>): KindConflict<Place>[] {
  const byUrl = new Map<string, KindUse<Place>[]>()
  for (const use of uses) byUrl.set(use.url, [...(byUrl.get(use.url) ?? []), use])
  const conflicts: KindConflict<Place>[] = []
  for (const group of byUrl.values()) {
    const tally = new Map<string, number>()
    for (const use of group) tally.set(use.kind, (tally.get(use.kind) ?? 0) + 1)
    if (tally.size < 2) continue
    const counts = [...tally].sort((a, b) => b[1] - a[1])
    const [top, second] = counts as [[string, number], [string, number]]
    const majority = top[1] > second[1] ? top[0] : undefined
    for (const use of group) {
      if (use.kind === majority) continue
      const other = group.find((candidate) =>
        majority === undefined ? candidate.kind !== use.kind : candidate.kind === majority
      ) as KindUse<Place>
      conflicts.push({ use, majority, counts, other })
    }
  }
  return conflicts
}
