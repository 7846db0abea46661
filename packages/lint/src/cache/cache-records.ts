import { hash } from 'node:crypto'

// The content cache is JSON Lines (docs: README.md, "Content cache"): a
// header line, then one line per file:
//
//   {"format":"roadmap-lint content cache","version":5,"key":"<run key>"}
//   {"checksum":"<43>","hash":"<43>","path":"content/backend/01-x.md","result":{…}}
//
// `checksum` is the SHA-256 (base64url) of the run key, a line break, and the
// rest of the line after `"checksum":"…",`. It is checked before the line is
// parsed: a line damaged in any byte is dropped alone, and the file is
// recomputed for it. A checksum is not a signature: it finds damage, not
// forgery (a cache in the repository is refused for that, see `git/tracked.ts`).

export const cacheFormat = 'roadmap-lint content cache'
export const cacheVersion = 7

/** A file's record: what `recordLine` writes. */
export interface CacheRecord {
  /** SHA-256 of the file's bytes, base64url. */
  hash: string
  /** The file's path relative to the cache's root, with `/`. */
  path: string
  result: unknown
}

/**
 * A line read back, checked against its checksum, with its `hash` and `path`
 * read and its result left as text: parsed only if the file's bytes still
 * have that hash (`resultOf`), and written back as it was otherwise.
 */
export interface RecordLine {
  hash: string
  path: string
  line: string
}

const checksumStart = '{"checksum":"'
const checksumLength = 43
const restStart = checksumStart.length + checksumLength + 2

/** The header line of a cache for `key`. */
export function headerLine(key: string): string {
  return JSON.stringify({ format: cacheFormat, version: cacheVersion, key })
}

/** The header's version and key, or `undefined` when `line` is not a content cache's header. */
export function readHeader(line: string): { version: unknown; key: unknown } | undefined {
  const header = attempt(() => JSON.parse(line) as unknown)
  if (typeof header !== 'object' || header === null || (header as { format?: unknown }).format !== cacheFormat)
    return undefined
  return { version: (header as { version?: unknown }).version, key: (header as { key?: unknown }).key }
}

/** One file's line, for a cache of `key`. */
export function recordLine(key: string, record: CacheRecord): string {
  const rest = JSON.stringify({ hash: record.hash, path: record.path, result: record.result }).slice(1)
  return `${checksumStart}${checksum(key, rest)}",${rest}`
}

// What follows the checksum, as `recordLine` writes it: the hash, then the
// path (a JSON string), then the result. Read without parsing the result.
const hashAndPath = /"hash":"([\w-]{43})","path":("(?:[^"\\]|\\.)*"),"result":/y

/** A line of a cache of `key`, its hash and path read; `undefined` when the line is damaged. */
export function readRecordLine(key: string, line: string): RecordLine | undefined {
  if (!line.startsWith(checksumStart) || line.slice(restStart - 2, restStart) !== '",') return undefined
  const rest = line.slice(restStart)
  if (checksum(key, rest) !== line.slice(checksumStart.length, checksumStart.length + checksumLength)) return undefined
  hashAndPath.lastIndex = restStart
  const match = hashAndPath.exec(line)
  const path = match && attempt(() => JSON.parse(match[2] as string) as unknown)
  if (!match || typeof path !== 'string') return undefined
  return { hash: match[1] as string, path, line }
}

/** The result of a line read by `readRecordLine`; `undefined` when it is not JSON. */
export function resultOf(line: string): unknown {
  return attempt(() => (JSON.parse(line) as { result?: unknown }).result)
}

function checksum(key: string, rest: string): string {
  // One call (`crypto.hash`, Node.js 20.12+): a `Hash` object per line costs more than hashing the line.
  return hash('sha256', `${key}\n${rest}`, 'base64url')
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch {
    return undefined
  }
}
