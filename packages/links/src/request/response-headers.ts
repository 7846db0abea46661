/** Response headers as undici gives them: lower-case names, repeated ones as arrays. */
export type ResponseHeaders = Record<string, string | string[] | undefined>

/**
 * The first value of header `name` (lower case).
 *
 * @example
 *   header({ 'retry-after': ['5', '10'] }, 'retry-after') // '5'
 */
export function header(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}
