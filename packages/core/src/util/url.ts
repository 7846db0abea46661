/**
 * The scheme of an absolute URL with its colon, lower-cased (`https:`), as
 * the URL standard reads it (leading spaces and control characters dropped,
 * tabs and line breaks ignored); `undefined` for a relative URL.
 *
 * @example
 *   protocolOf('HTTPS://example.com/') // 'https:'
 *   protocolOf('../backend/01-apis.md') // undefined
 */
export function protocolOf(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the URL standard drops leading C0 controls and spaces
  const match = /^[\u0000-\u0020]*([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\t\n\r]/g, ''))
  return match ? `${(match[1] as string).toLowerCase()}:` : undefined
}

/**
 * The host name of an `http:` or `https:` URL as the URL standard reads it
 * (`new URL(url).hostname`: lower-cased, international names in punycode);
 * `undefined` for any other URL, and for one that is not valid.
 *
 * @example
 *   hostOf('https://Developer.Mozilla.org/en-US/') // 'developer.mozilla.org'
 */
export function hostOf(url: string, protocol = protocolOf(url)): string | undefined {
  if (protocol !== 'http:' && protocol !== 'https:') return undefined
  try {
    return new URL(url).hostname
  } catch {
    return undefined
  }
}
