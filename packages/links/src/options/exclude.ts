import { regexPatternSyntax } from './syntax.js'

/** An `exclude` entry: a URL prefix, a `/regex/flags` string, or a `RegExp`. */
export type ExcludePattern = string | RegExp

/**
 * Compile `exclude` patterns into one test. A URL is excluded when the URL as
 * written or its normalised form starts with a prefix or matches a regex.
 *
 * @example
 *   compileExclude(['https://example.com/private/', '/^https?:\\/\\/localhost\\b/'])('https://example.com/private/a') // true
 */
export function compileExclude(patterns: ReadonlyArray<ExcludePattern>): (url: string, normalized?: string) => boolean {
  const prefixes: string[] = []
  const regexes: RegExp[] = []
  for (const pattern of patterns) {
    if (pattern instanceof RegExp) {
      regexes.push(withoutState(pattern))
      continue
    }
    const match = regexPatternSyntax.exec(pattern)
    if (match) regexes.push(withoutState(new RegExp(match[1] ?? '', match[2])))
    else prefixes.push(pattern)
  }
  const matches = (url: string) =>
    prefixes.some((prefix) => url.startsWith(prefix)) || regexes.some((regex) => regex.test(url))
  return (url, normalized) => matches(url) || (normalized !== undefined && normalized !== url && matches(normalized))
}

// `g` and `y` make `test` stateful (lastIndex), which would skip every other match.
function withoutState(regex: RegExp): RegExp {
  return regex.global || regex.sticky ? new RegExp(regex.source, regex.flags.replace(/[gy]/g, '')) : regex
}
