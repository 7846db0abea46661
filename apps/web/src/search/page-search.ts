// The roadmaps and steps as search results, beside the topics of
// @roadmap/core/search: the same library (MiniSearch) and the same matching,
// typo-tolerant and by prefix, over titles and one-sentence summaries.
import MiniSearch, { type Options } from 'minisearch'

/** A roadmap or a step, as the search shows it. */
export interface PageEntry {
  /** Its page (and the entry's id). */
  url: string
  kind: 'roadmap' | 'step'
  title: string
  /** Where it belongs, such as `Backend developer`; empty for a roadmap. */
  context: string
  summary: string
}

const options: Options<PageEntry> = {
  idField: 'url',
  fields: ['title', 'summary', 'context'],
  storeFields: ['kind', 'title', 'context', 'summary'],
  searchOptions: {
    boost: { title: 3, context: 0.5 },
    prefix: true,
    // As core's topic search: one typo in a word of five letters or more, two from ten.
    fuzzy: (term) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false)
  }
}

/** A found roadmap or step, with MiniSearch's relevance. */
export type PageResult = PageEntry & { score: number }

/** A search over roadmaps and steps. */
export interface PageSearch {
  search(query: string): PageResult[]
  toJSON(): unknown
}

function wrap(index: MiniSearch<PageEntry>): PageSearch {
  return {
    search(query) {
      if (query.trim() === '') return []
      return index.search(query, { combineWith: 'AND' }).map((result) => ({
        url: String(result.id),
        kind: result['kind'] as PageEntry['kind'],
        title: String(result['title']),
        context: String(result['context']),
        summary: String(result['summary']),
        score: result.score
      }))
    },
    toJSON: () => index.toJSON()
  }
}

/**
 * Index `entries` (see search-index.ts) for search.
 *
 * @example
 *   createPageSearch(pageEntries(roadmaps)).search('databse')[0]?.title
 */
export function createPageSearch(entries: readonly PageEntry[]): PageSearch {
  const index = new MiniSearch<PageEntry>(options)
  index.addAll([...entries])
  return wrap(index)
}

/** A page search from `JSON.stringify(createPageSearch(…))`. */
export function loadPageSearch(json: string): PageSearch {
  return wrap(MiniSearch.loadJSON<PageEntry>(json, options))
}
