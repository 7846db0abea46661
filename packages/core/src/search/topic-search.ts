import MiniSearch, { type Options, type SearchResult } from 'minisearch'
import { topicKey } from '../query/keys.js'
import type { ReadonlyRoadmap } from '../schema/readonly.js'
import { plainText } from './plain-text.js'

/** One topic found by a search: enough to show and link it without the dataset. */
export interface TopicSearchResult {
  /** The topic's key, `roadmap-id/step-id/topic-id`. */
  key: string
  roadmapId: string
  stepId: string
  topicId: string
  /** The topic's title. */
  title: string
  stepTitle: string
  roadmapTitle: string
  /** Relevance: higher is better; results come sorted by it. */
  score: number
  /** The words of the index that matched (after typo tolerance and prefixes). */
  terms: string[]
}

export interface TopicSearchOptions {
  /** At most this many results. Default: all. */
  limit?: number
  /** Only topics of these roadmaps. */
  roadmaps?: readonly string[]
}

/** A topic search over titles, descriptions and resource titles, typo-tolerant and matching prefixes. */
export interface TopicSearch {
  /**
   * The topics that match `query`, best first. Every word must match (a word
   * may be a prefix, or one or two typos away); when no topic has every word,
   * topics with any of them. An empty query finds nothing.
   */
  search(query: string, options?: TopicSearchOptions): TopicSearchResult[]
  /** The index as plain JSON data: `JSON.stringify(search)` writes it, `loadTopicSearch` reads it back. */
  toJSON(): unknown
}

interface TopicDocument {
  key: string
  roadmapId: string
  stepId: string
  topicId: string
  title: string
  stepTitle: string
  roadmapTitle: string
  description: string
  resources: string
}

const storeFields = ['roadmapId', 'stepId', 'topicId', 'title', 'stepTitle', 'roadmapTitle'] as const

// Titles weigh most, then the resources' titles (a learner searches for
// `SQLBolt` or `cheat sheet`), then the prose. Typos: one edit in a word of
// five letters or more, two from ten.
const options: Options<TopicDocument> = {
  idField: 'key',
  fields: ['title', 'resources', 'description', 'stepTitle'],
  storeFields: [...storeFields],
  searchOptions: {
    boost: { title: 3, resources: 1.5, stepTitle: 0.5 },
    prefix: true,
    fuzzy: (term) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false)
  }
}

/**
 * Index every topic of `roadmaps` for search (MiniSearch), with its step's
 * and roadmap's titles so results can be shown without the dataset.
 *
 * @example
 *   const search = createTopicSearch(roadmaps)
 *   search.search('kubernets')[0]?.key // a Kubernetes topic, despite the typo
 */
export function createTopicSearch(roadmaps: ReadonlyArray<ReadonlyRoadmap>): TopicSearch {
  const index = new MiniSearch<TopicDocument>(options)
  index.addAll(
    roadmaps.flatMap((roadmap) =>
      roadmap.steps.flatMap((step) =>
        step.topics.map((topic) => ({
          key: topicKey(roadmap, step, topic),
          roadmapId: roadmap.id,
          stepId: step.id,
          topicId: topic.id,
          title: topic.title,
          stepTitle: step.title,
          roadmapTitle: roadmap.title,
          description: plainText(topic.description),
          resources: topic.resources.map((resource) => resource.title).join(' \n ')
        }))
      )
    )
  )
  return wrap(index)
}

/**
 * A search from an index written with `JSON.stringify(createTopicSearch(…))`,
 * for instance at build time: the browser loads the index, not the dataset.
 * Throws a `SyntaxError` or `Error` for text that is not such an index.
 *
 * @example
 *   const search = loadTopicSearch(await (await fetch('/search-index.json')).text())
 */
export function loadTopicSearch(json: string): TopicSearch {
  return wrap(MiniSearch.loadJSON<TopicDocument>(json, options))
}

function wrap(index: MiniSearch<TopicDocument>): TopicSearch {
  return {
    search(query, { limit, roadmaps } = {}) {
      if (typeof query !== 'string' || query.trim() === '') return []
      const filter = roadmaps ? (result: SearchResult) => roadmaps.includes(String(result['roadmapId'])) : undefined
      let found = index.search(query, { combineWith: 'AND', ...(filter ? { filter } : {}) })
      if (found.length === 0) found = index.search(query, { combineWith: 'OR', ...(filter ? { filter } : {}) })
      return found.slice(0, limit ?? found.length).map((result) => ({
        key: String(result.id),
        roadmapId: String(result['roadmapId']),
        stepId: String(result['stepId']),
        topicId: String(result['topicId']),
        title: String(result['title']),
        stepTitle: String(result['stepTitle']),
        roadmapTitle: String(result['roadmapTitle']),
        score: result.score,
        terms: result.terms
      }))
    },
    toJSON: () => index.toJSON()
  }
}
