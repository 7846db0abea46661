/// <reference types="astro/client" />
// Every link the site writes goes through here, so the site also works when it
// is deployed under a sub-path (Astro's `base`, from SITE_URL), and a page's
// address is decided in one place for the pages, the search index and the JSON API.

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/')
// Astro's `site` (site-url.mjs): where the build is served from. Vitest has none.
const origin = import.meta.env.SITE ?? 'http://127.0.0.1:4321'

/** The site-absolute address of `path` (given without a leading slash). */
export function sitePath(path = ''): string {
  return `${base}${path}`
}

/**
 * The absolute address of a site path (from `sitePath` and the others), for
 * canonical links, Open Graph tags and the JSON Schemas' `$id`s.
 *
 * @example
 *   siteUrl(roadmapPath('backend')) // 'https://roadmap-dev.github.io/roadmap/roadmaps/backend/' once SITE_URL says so
 */
export function siteUrl(path: string): string {
  return new URL(path, origin).href
}

/**
 * The page of a roadmap.
 *
 * @example
 *   roadmapPath('backend') // '/roadmaps/backend/'
 */
export function roadmapPath(roadmapId: string): string {
  return sitePath(`roadmaps/${roadmapId}/`)
}

/**
 * The page of a step, or of one of its topics when `topicId` is given.
 *
 * @example
 *   stepPath('backend', 'databases', 'indexing') // '/roadmaps/backend/databases/#indexing'
 */
export function stepPath(roadmapId: string, stepId: string, topicId?: string): string {
  return sitePath(`roadmaps/${roadmapId}/${stepId}/${topicId ? `#${topicId}` : ''}`)
}

/**
 * A document of the static JSON API, under its version (`/api/v1/`).
 *
 * @example
 *   apiPath('roadmaps.json') // '/api/v1/roadmaps.json'
 */
export function apiPath(path: string): string {
  return sitePath(`api/v1/${path}`)
}

/** The JSON document of one roadmap in the static API. */
export function roadmapApiPath(roadmapId: string): string {
  return apiPath(`roadmaps/${roadmapId}.json`)
}
