import type { ReadonlyRoadmap } from '@roadmap/core'
import { roadmapApiPath, roadmapPath, sitePath } from '../site/paths.js'

/** One roadmap in `/api/roadmaps.json`: enough to list it and find its full document. */
export interface RoadmapSummary {
  id: string
  title: string
  description: string
  updated: string
  tags: string[]
  stepCount: number
  /** The roadmap's full JSON document. */
  url: string
  /** The roadmap's page on the site. */
  page: string
}

/** `/api/roadmaps.json`. */
export interface RoadmapListDocument {
  version: string
  /** The JSON Schema each full document validates against, less its `version`. */
  schema: string
  roadmaps: RoadmapSummary[]
}

/** `/api/roadmaps/<id>.json`: the roadmap exactly as the dataset has it, and the version it came from. */
export type RoadmapDocument = { version: string } & ReadonlyRoadmap

/**
 * The list of every roadmap, in the dataset's order (by id).
 *
 * @example
 *   roadmapListDocument(roadmaps, '1.2.0').roadmaps[0]?.url // '/api/roadmaps/backend.json'
 */
export function roadmapListDocument(roadmaps: readonly ReadonlyRoadmap[], version: string): RoadmapListDocument {
  return {
    version,
    schema: sitePath('api/roadmap.schema.json'),
    roadmaps: roadmaps.map((roadmap) => ({
      id: roadmap.id,
      title: roadmap.title,
      description: roadmap.description,
      updated: roadmap.updated,
      tags: [...roadmap.tags],
      stepCount: roadmap.steps.length,
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
