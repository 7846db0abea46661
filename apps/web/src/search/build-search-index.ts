import type { ReadonlyRoadmap } from '@roadmap/core'
import { toString as textOf } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { roadmapPath, stepPath } from '../site/paths.js'
import type { SearchEntry } from './search-entry.js'

const parser = unified().use(remarkParse)

function plainText(markdown: string): string {
  return textOf(parser.parse(markdown), { includeHtml: false }).replace(/\s+/g, ' ').trim()
}

/** The first sentence of `text`, cut at about 160 characters. */
function firstSentence(text: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text
  return sentence.length > 160 ? `${sentence.slice(0, 159).trimEnd()}…` : sentence
}

/**
 * Every roadmap, step and topic of the dataset as a search entry, in reading
 * order. The site writes it to `search-index.json` for the search page.
 *
 * @example
 *   buildSearchIndex(roadmaps).filter((entry) => entry.kind === 'topic').length
 */
export function buildSearchIndex(roadmaps: readonly ReadonlyRoadmap[]): SearchEntry[] {
  return roadmaps.flatMap((roadmap) => [
    {
      kind: 'roadmap' as const,
      title: roadmap.title,
      context: '',
      summary: roadmap.description,
      url: roadmapPath(roadmap.id),
      text: [roadmap.description, roadmap.tags.join(' '), plainText(roadmap.introduction)].join(' ')
    },
    ...roadmap.steps.flatMap((step) => [
      {
        kind: 'step' as const,
        title: step.title,
        context: roadmap.title,
        summary: step.summary,
        url: stepPath(roadmap.id, step.id),
        text: [step.summary, plainText(step.introduction)].join(' ')
      },
      ...step.topics.map((topic) => {
        const description = plainText(topic.description)
        return {
          kind: 'topic' as const,
          title: topic.title,
          context: `${roadmap.title} › ${step.title}`,
          summary: firstSentence(description),
          url: stepPath(roadmap.id, step.id, topic.id),
          text: description
        }
      })
    ])
  ])
}
