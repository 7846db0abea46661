// Progress that travels: a file to export and import, and a link that carries
// it. Both hold the stored form (stored-progress.ts), stale keys included, so
// nothing is lost on the way; what is read back is checked the same way as
// storage.
import { progressFrom, type StoredProgress } from './stored-progress.js'

/** The `format` of an exported progress file. */
export const progressFileFormat = 'roadmap-progress'

/** An exported progress file, as JSON. */
export interface ProgressFile {
  format: typeof progressFileFormat
  version: 2
  /** When it was exported (ISO 8601). */
  exported: string
  topics: StoredProgress['topics']
  last?: string
}

/**
 * The file to export `progress` to.
 *
 * @example
 *   JSON.stringify(progressFile(progress, new Date()))
 */
export function progressFile(progress: StoredProgress, exported: Date): ProgressFile {
  return {
    format: progressFileFormat,
    version: 2,
    exported: exported.toISOString(),
    topics: progress.topics,
    ...(progress.last === undefined ? {} : { last: progress.last })
  }
}

export type ImportResult = { ok: true; progress: StoredProgress } | { ok: false; error: string }

/**
 * The progress in the text of an imported file: an exported progress file, or
 * the array of done topic keys that the first storage format held.
 *
 * @example
 *   readProgressFile('{"format":"roadmap-progress","version":2,"topics":{"backend/apis/rest":"done"}}')
 */
export function readProgressFile(text: string): ImportResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, error: 'Unexpected file: it is not JSON. Choose a progress file exported from this site.' }
  }
  if (Array.isArray(value) && value.every((key) => typeof key === 'string'))
    return { ok: true, progress: { topics: Object.fromEntries(value.map((key) => [key, 'done' as const])) } }
  const format = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['format'] : undefined
  if (format !== progressFileFormat)
    return {
      ok: false,
      error: `Unexpected file: expected \`"format": "${progressFileFormat}"\`. Choose a progress file exported from this site.`
    }
  const version = (value as Record<string, unknown>)['version']
  if (version !== 2)
    return {
      ok: false,
      error: `Unexpected version \`${String(version)}\`, expected \`2\`: this file comes from a newer release of the site.`
    }
  return { ok: true, progress: progressFrom(value) }
}

/**
 * `current` with `imported` laid over it: each topic in `imported` takes its
 * state there; every other topic keeps its own. Nothing is removed.
 *
 * @example
 *   mergeProgress({ topics: { a: 'done' } }, { topics: { b: 'skipped' } }) // { topics: { a: 'done', b: 'skipped' } }
 */
export function mergeProgress(current: StoredProgress, imported: StoredProgress): StoredProgress {
  const last = imported.last ?? current.last
  const topics = { ...current.topics, ...imported.topics }
  return last === undefined ? { topics } : { topics, last }
}

/** The longest share link the site makes; past it, a file is the way. Links this long work in every browser and chat. */
export const longestShareLink = 8000

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const blob = new Blob([bytes as BlobPart])
  return new Uint8Array(await new Response(blob.stream().pipeThrough(stream)).arrayBuffer())
}

/**
 * The fragment of a share link (`#share=…`, never sent to a server): the
 * progress as JSON, compressed (deflate) and base64url-encoded.
 *
 * @example
 *   `${location.origin}/progress/${await shareFragment(progress)}`
 */
export async function shareFragment(progress: StoredProgress): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ topics: progress.topics }))
  return `#share=${toBase64Url(await through(json, new CompressionStream('deflate-raw')))}`
}

/**
 * The progress a share link's fragment carries, or why it cannot be read (a
 * link cut short when it was copied, say).
 *
 * @example
 *   await readShareFragment(location.hash)
 */
export async function readShareFragment(hash: string): Promise<ImportResult | undefined> {
  const encoded = /^#share=([A-Za-z0-9_-]+)$/.exec(hash)?.[1]
  if (encoded === undefined) return hash.startsWith('#share=') ? unreadableLink : undefined
  try {
    const json = new TextDecoder().decode(await through(fromBase64Url(encoded), new DecompressionStream('deflate-raw')))
    return { ok: true, progress: progressFrom(JSON.parse(json)) }
  } catch {
    return unreadableLink
  }
}

const unreadableLink: ImportResult = {
  ok: false,
  error: 'This share link cannot be read: it may have been cut short when it was copied. Ask for it again.'
}
