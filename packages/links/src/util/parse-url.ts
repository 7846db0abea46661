/** `url` parsed, or `undefined` when it is not a valid absolute URL (`URL.canParse` without parsing twice). */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}
