import { closest, distance } from 'fastest-levenshtein'
import { brotliDecompressSync, constants, gunzipSync, inflateSync } from 'node:zlib'
import type { ResponseHeaders } from './classify.js'
import { header } from './classify.js'
import type { FragmentResult } from '../types.js'

/** The anchors found on a page, or why they are not known. */
export type PageAnchors = { kind: 'known'; ids: ReadonlySet<string> } | { kind: 'unknown'; why: string }

const tagPattern = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g
const attributePattern = /[\s"'](id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi

/**
 * Every `id="…"` on any element and `name="…"` on `<a>` in an HTML page.
 *
 * @example
 *   [...extractAnchors('<h2 id="install">Install</h2><a name="top-link"></a>')] // ['install', 'top-link']
 */
export function extractAnchors(html: string): Set<string> {
  const ids = new Set<string>()
  for (const tag of html.matchAll(tagPattern)) {
    const attributes = tag[2]
    if (!attributes) continue
    const isAnchor = tag[1]?.toLowerCase() === 'a'
    for (const attribute of ` ${attributes}`.matchAll(attributePattern)) {
      if (attribute[1]?.toLowerCase() === 'name' && !isAnchor) continue
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? ''
      if (value) ids.add(decodeEntities(value))
    }
  }
  return ids
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    }
    return namedEntities[body.toLowerCase()] ?? entity
  })
}

/**
 * Anchors of a fetched page: only for HTML, and only when the page (after
 * decompression) was read completely; a page cut off at the byte cap might
 * hold the anchor further down, so it is `unknown` rather than missing.
 */
export function pageAnchors(
  headers: ResponseHeaders,
  body: Buffer | undefined,
  truncated: boolean,
  maxBytes: number
): PageAnchors {
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
