import type { ReadonlyRoadmap } from '@roadmap/core'
import { roadmapApiPath, roadmapPath, apiPath } from '../site/paths.js'
import type { RoadmapListDocument } from './api-schemas.js'
import type { DatasetVersion } from './dataset-version.js'

export type { RoadmapListDocument, RoadmapSummary } from './api-schemas.js'

/** `/api/v1/roadmaps/<id>.json`: the roadmap exactly as the dataset has it, and the version it came from. */
export type RoadmapDocument = { version: string; revision: string } & ReadonlyRoadmap

/**
 * The list of every roadmap, in the dataset's order (by id).
 *
 * @example
 *   roadmapListDocument(roadmaps, datasetVersion(roadmaps, '1.2.0')).roadmaps[0]?.url // '/api/v1/roadmaps/backend.json'
 */
export function roadmapListDocument(
  roadmaps: readonly ReadonlyRoadmap[],
  { version, revision }: DatasetVersion
): RoadmapListDocument {
  return {
    version,
    revision,
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

/** The full document of one roadmap; `version` and `revision` come first so they are seen first. */
export function roadmapDocument(roadmap: ReadonlyRoadmap, { version, revision }: DatasetVersion): RoadmapDocument {
  return { version, revision, ...roadmap }
}

/** A JSON response body, indented so that a person can read it in the browser. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } })
}
