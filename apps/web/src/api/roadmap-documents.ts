import type { ReadonlyRoadmap } from '@roadmap/core'
import { roadmapApiPath, roadmapPath, apiPath } from '../site/paths.js'
import type { RoadmapListDocument } from './api-schemas.js'

export type { RoadmapListDocument, RoadmapSummary } from './api-schemas.js'

/** `/api/v1/roadmaps/<id>.json`: the roadmap exactly as the dataset has it, and the version it came from. */
export type RoadmapDocument = { version: string } & ReadonlyRoadmap

/**
 * The list of every roadmap, in the dataset's order (by id).
 *
 * @example
 *   roadmapListDocument(roadmaps, '1.2.0').roadmaps[0]?.url // '/api/v1/roadmaps/backend.json'
 */
export function roadmapListDocument(roadmaps: readonly ReadonlyRoadmap[], version: string): RoadmapListDocument {
  return {
    version,
    schema: apiPath('roadmap.schema.json'),
    roadmaps: roadmaps.map((roadmap) => ({
      id: roadmap.id,
      title: roadmap.title,
      description: roadmap.description,
      updated: roadmap.updated,
      tags: [...roadmap.tags],
      stepCount: roadmap.steps.length,
      topicCount: roadmap.steps.reduce((sum, step) => sum + step.topics.length, 0),
      url: roadmapApiPath(roadmap.id),
      page: roadmapPath(roadmap.id)
    }))
  }
}

/** The full document of one roadmap; `version` comes first so it is seen first. */
export function roadmapDocument(roadmap: ReadonlyRoadmap, version: string): RoadmapDocument {
  return { version, ...roadmap }
}

/** A JSON response body, indented so that a person can read it in the browser. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } })
}
