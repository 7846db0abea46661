/** One thing the search can find: a roadmap, a step or a topic. */
export interface SearchEntry {
  kind: 'roadmap' | 'step' | 'topic'
  title: string
  /** Where it belongs, such as `Backend developer › Databases`; empty for a roadmap. */
  context: string
  /** A sentence to show under the title. */
  summary: string
  /** The page (and anchor) to open. */
  url: string
  /** The plain text searched besides the title: descriptions, introductions. */
  text: string
}
