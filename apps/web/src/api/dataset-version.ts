import { createHash } from 'node:crypto'
import type { ReadonlyRoadmap } from '@roadmap/core'
import corePackage from '@roadmap/core/package.json'

/** What the site and the API say they were built from. */
export interface DatasetVersion {
  /**
   * The version of `@roadmap/core` whose dataset the site was built from
   * (semver). `0.0.0` is a build from the repository before the package's
   * first release: the revision tells such builds apart.
   */
  version: string
  /** The first 12 hex digits of the SHA-256 of the dataset as JSON: it changes exactly when the data does. */
  revision: string
  /** The latest `updated` of the roadmaps: when their content was last reviewed. */
  updated: string
}

/**
 * The version, content revision and last review date of `roadmaps`, as
 * `version` of `@roadmap/core` ships them.
 *
 * @example
 *   datasetVersion(roadmaps, '1.2.0') // { version: '1.2.0', revision: '3f2a…', updated: '2026-12-05' }
 */
export function datasetVersion(roadmaps: readonly ReadonlyRoadmap[], version: string): DatasetVersion {
  return {
    version,
    revision: createHash('sha256').update(JSON.stringify(roadmaps)).digest('hex').slice(0, 12),
    updated:
      roadmaps
        .map((roadmap) => roadmap.updated)
        .sort()
        .at(-1) ?? ''
  }
}

/** The version of `@roadmap/core` installed: the one whose dataset the site is built from. */
export const coreVersion: string = corePackage.version

/** Whether `version` is a release of `@roadmap/core`, not the repository's `0.0.0`. */
export const isRelease = (version: string) => version !== '0.0.0'
