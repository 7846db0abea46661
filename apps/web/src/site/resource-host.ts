/**
 * The host a resource lives on, as a reader recognises it: without `www.`.
 *
 * @example
 *   resourceHost('https://www.postgresql.org/docs/') // 'postgresql.org'
 */
export function resourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}
