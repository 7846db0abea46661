// The shape of `search-index.json`, apart from the code that writes it, so
// the search page's script reads it without loading what builds it.

/** `search-index.json`: what the search page loads, instead of the dataset. */
export interface SearchIndex {
  /** Core's topic search (`JSON.stringify(createTopicSearch(roadmaps))`), parsed. */
  topics: unknown
  /** The roadmaps and steps (page-search.ts), parsed. */
  pages: unknown
  /** Each topic's first sentence, by key, to show under a result. */
  summaries: Record<string, string>
}
