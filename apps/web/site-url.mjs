// @ts-check
// Where the site is served from: the `SITE_URL` environment variable, such as
// `https://roadmap-dev.github.io/roadmap/` (the Pages workflow sets it), else
// the address of `pnpm --filter web preview`. Canonical links, Open Graph
// tags and the JSON Schemas' `$id`s are absolute from it; every link inside
// the site goes under its path (Astro's `base`).

/** The address `pnpm --filter web preview` serves the build at. */
export const previewUrl = 'http://127.0.0.1:4321/'

/**
 * Astro's `site` (origin) and `base` (path, ending with `/`) from `SITE_URL`.
 * Throws with what was expected when it is not an absolute http(s) URL.
 *
 * @example
 *   siteUrlConfig('https://example.org/roadmap') // { site: 'https://example.org', base: '/roadmap/' }
 *
 * @param {string | undefined} value
 * @returns {{ site: string, base: string }}
 */
export function siteUrlConfig(value) {
  const text = value?.trim() || previewUrl
  let url
  try {
    url = new URL(text)
  } catch {
    throw new Error(
      `Unexpected SITE_URL \`${text}\`, expected an absolute URL such as \`https://example.org/roadmap/\``
    )
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username)
    throw new Error(`Unexpected SITE_URL \`${text}\`, expected an http(s) URL without query, fragment or credentials`)
  return { site: url.origin, base: url.pathname.replace(/\/?$/, '/') }
}
