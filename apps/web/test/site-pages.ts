import type { ReadonlyRoadmap, ReadonlyStep } from '@roadmap/core'
import { roadmaps } from '@roadmap/core/data'
import { stepsInDependencyOrder } from '@roadmap/core/query'
import { roadmapPath, sitePath, stepPath } from '../src/site/paths.js'

/** A page of the site, by its path from the site root (`/roadmaps/backend/`), with what it shows. */
export type SitePage =
  | { kind: 'home' | 'search' | 'progress'; path: string }
  | { kind: 'print'; path: string; roadmap: ReadonlyRoadmap }
  | { kind: 'roadmap'; path: string; roadmap: ReadonlyRoadmap }
  | { kind: 'step'; path: string; roadmap: ReadonlyRoadmap; step: ReadonlyStep }

/** Every page the dataset gives the site: the tests iterate over these, never over a fixed list. */
export const sitePages: SitePage[] = [
  { kind: 'home', path: sitePath() },
  { kind: 'search', path: sitePath('search/') },
  { kind: 'progress', path: sitePath('progress/') },
  ...roadmaps.flatMap((roadmap): SitePage[] => [
    { kind: 'roadmap', path: roadmapPath(roadmap.id), roadmap },
    { kind: 'print', path: sitePath(`print/${roadmap.id}/`), roadmap },
    ...stepsInDependencyOrder(roadmap).map(
      (step): SitePage => ({ kind: 'step', path: stepPath(roadmap.id, step.id), roadmap, step })
    )
  ])
]
