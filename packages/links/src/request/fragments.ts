import { closest, distance } from 'fastest-levenshtein'
import { brotliDecompressSync, constants, gunzipSync, inflateSync } from 'node:zlib'
import type { ResponseHeaders } from './response-headers.js'
import { header } from './response-headers.js'
import type { FragmentResult } from '../types.js'

/** The anchors found on a page, or why they are not known. */
export type PageAnchors = { kind: 'known'; ids: ReadonlySet<string> } | { kind: 'unknown'; why: string }

/**
 * Anchors of a fetched page: only for HTML, and only when the page (after
 * decompression) was read completely; a page cut off at the byte cap might
 * hold the anchor further down, so it is `unknown` rather than missing.
 */
export async function pageAnchors(
  headers: ResponseHeaders,
  body: Buffer | undefined,
  truncated: boolean,
  maxBytes: number
): Promise<PageAnchors> {
  const type = header(headers, 'content-type')?.toLowerCase() ?? ''
  if (type && !type.includes('html')) return { kind: 'unknown', why: 'not HTML' }
  if (!body) return { kind: 'unknown', why: 'no body' }
  if (truncated) return { kind: 'unknown', why: `larger than ${maxBytes} bytes` }
  const encoding = header(headers, 'content-encoding')?.toLowerCase().trim() ?? 'identity'
  let html: Buffer
  try {
    html = decompress(body, encoding, maxBytes)
  } catch {
    return { kind: 'unknown', why: `cannot decode ${encoding} body` }
  }
  // The HTML parser loads only when a page is read for anchors (`checkFragments`).
  const { extractAnchors } = await import('./anchors.js')
  return { kind: 'known', ids: extractAnchors(html.toString('utf8')) }
}

function decompress(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const limits = { maxOutputLength: maxBytes * 4 }
  switch (encoding) {
    case 'identity':
    case '':
      return body
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body, limits)
    case 'deflate':
      return inflateSync(body, limits)
    case 'br':
      return brotliDecompressSync(body, { ...limits, params: { [constants.BROTLI_PARAM_SIZE_HINT]: 0 } })
    default:
      throw new Error(`unsupported encoding ${encoding}`)
  }
}

/** The fragment of `url`, decoded, or `undefined` when there is none worth checking. */
export function fragmentOf(url: URL): string | undefined {
  const raw = url.hash.slice(1)
  if (!raw) return undefined
  let id: string
  try {
    id = decodeURIComponent(raw)
  } catch {
    id = raw
  }
  return needsNoAnchor(id, url) ? undefined : id
}

// Fragments that name no element: the top of the page, text fragments,
// client-side routes, and GitHub line anchors (drawn by JavaScript).
function needsNoAnchor(id: string, url: URL): boolean {
  if (id === 'top' || id.startsWith(':~:') || id.startsWith('/') || id.startsWith('!')) return true
  const host = url.hostname.toLowerCase()
  return (host === 'github.com' || host === 'gist.github.com') && /^L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?$/.test(id)
}

/**
 * Look `id` up among a page's anchors, GitHub's `user-content-` prefix
 * included, with a "did you mean" for near misses.
 *
 * @example
 *   findFragment('install', { kind: 'known', ids: new Set(['user-content-install']) }) // { id: 'install', state: 'found' }
 */
export function findFragment(id: string, anchors: PageAnchors): FragmentResult {
  if (anchors.kind === 'unknown') return { id, state: 'unknown' }
  if (anchors.ids.has(id) || anchors.ids.has(`user-content-${id}`)) return { id, state: 'found' }
  const names = [...anchors.ids].map((anchor) => anchor.replace(/^user-content-/, ''))
  const suggestion = likelyTypo(id, names)
  return suggestion === undefined ? { id, state: 'missing' } : { id, state: 'missing', suggestion }
}

/** The name closest to `id`, ignoring case, when near enough to be a likely typo of it. */
function likelyTypo(id: string, names: ReadonlyArray<string>): string | undefined {
  const wanted = id.toLowerCase()
  const lowered = names.map((name) => name.toLowerCase())
  const best = closest(wanted, lowered) as string | undefined
  if (best === undefined || distance(wanted, best) > Math.max(2, Math.floor(id.length / 3))) return undefined
  return names[lowered.indexOf(best)]
}
