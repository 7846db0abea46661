import type { ReadonlyRoadmap } from '@roadmap/core'
import { allTopics } from '@roadmap/core/query'
import { createTopicSearch } from '@roadmap/core/search'
import { toString as textOf } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { roadmapPath, stepPath } from '../site/paths.js'
import type { SearchIndex } from './index-file.js'
import { createPageSearch, type PageEntry } from './page-search.js'

const parser = unified().use(remarkParse)

/** The first sentence of a Markdown text, plain, cut at about 160 characters. */
export function firstSentence(markdown: string): string {
  const text = textOf(parser.parse(markdown), { includeHtml: false }).replace(/\s+/g, ' ').trim()
  const sentence = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text
  return sentence.length > 160 ? `${sentence.slice(0, 159).trimEnd()}…` : sentence
}

/** Every roadmap and step as a search entry, in reading order. */
export function pageEntries(roadmaps: readonly ReadonlyRoadmap[]): PageEntry[] {
  return roadmaps.flatMap((roadmap) => [
    {
      url: roadmapPath(roadmap.id),
      kind: 'roadmap' as const,
      title: roadmap.title,
      context: '',
      summary: roadmap.description
    },
    ...roadmap.steps.map((step) => ({
      url: stepPath(roadmap.id, step.id),
      kind: 'step' as const,
      title: step.title,
      context: roadmap.title,
      summary: step.summary
    }))
  ])
}

/**
 * The search index of the site: core's topic search (titles, descriptions and
 * resource titles), the roadmaps and steps, and each topic's first sentence.
 *
 * @example
 *   JSON.stringify(searchIndex(roadmaps))
 */
export function searchIndex(roadmaps: readonly ReadonlyRoadmap[]): SearchIndex {
  return {
    topics: createTopicSearch(roadmaps).toJSON(),
    pages: createPageSearch(pageEntries(roadmaps)).toJSON(),
    summaries: Object.fromEntries(allTopics(roadmaps).map(({ key, topic }) => [key, firstSentence(topic.description)]))
  }
}
