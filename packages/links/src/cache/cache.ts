import { randomBytes } from 'node:crypto'
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { CacheProblem } from '../types.js'
import { cacheTool, cacheVersion, maxCacheBytes } from './cache-format.js'
import type { CacheEntry } from './cache-schema.js'
import { historyMaxAge, lastEventOf, type HistoryRecord } from './history.js'
import { readCacheText } from './read-cache-file.js'

export type { CacheEntry } from './cache-schema.js'

/** Entries written more than this far in the future are not believed (clocks of machines sharing a file differ a little). */
const clockSkew = 60_000

/**
 * The link cache: `ok` results between runs, valid for `maxAge` counted from
 * when they were checked, and each URL's recent history (`history.ts`). An
 * entry is a hint, never a verdict: it can only spare a request that would
 * have said `ok` within that time. Keys are `<host settings fingerprint>
 * <page URL>`: the fingerprint changes when the host's configured headers or
 * accepted statuses change, and holds no header value. History is keyed by
 * the page URL.
 */
export class LinkCache {
  readonly file: string
  readonly #maxAge: number
  readonly #entries: Map<string, CacheEntry>
  readonly #history: Map<string, HistoryRecord>

  private constructor(
    file: string,
    maxAge: number,
    entries: Map<string, CacheEntry>,
    history: Map<string, HistoryRecord> = new Map()
  ) {
    this.file = file
    this.#maxAge = maxAge
    this.#entries = entries
    this.#history = history
  }

  /**
   * Read the cache file. A missing file is an empty cache; an unreadable,
   * corrupt, foreign or oversized one is an empty cache plus a `problem` to
   * report once; entries that are not what this checker writes are dropped
   * (and named in the `problem`), the others kept. Never throws.
   */
  static async load(
    file: string,
    maxAge: number,
    now = Date.now()
  ): Promise<{ cache: LinkCache; problem?: CacheProblem }> {
    const path = resolve(file)
    const empty = new LinkCache(path, maxAge, new Map())
    const read = await readCacheText(path)
    if (read.kind === 'missing') return { cache: empty }
    if (read.kind === 'problem') return { cache: empty, problem: readProblem(file, read.why) }
    let data: unknown
    try {
      data = JSON.parse(read.text)
    } catch {
      return { cache: empty, problem: readProblem(file, 'not valid JSON') }
    }
    const why = foreignReason(data)
    if (why) return { cache: empty, problem: readProblem(file, why) }
    // zod loads only when there is a cache file to check.
    const { CacheHeaderSchema, checkEntry, checkHistoryRecord } = await import('./cache-schema.js')
    const header = CacheHeaderSchema.safeParse(data)
    if (!header.success) return { cache: empty, problem: readProblem(file, 'unexpected content at `entries`') }
    const entries = new Map<string, CacheEntry>()
    let dropped = 0
    let firstWhy = ''
    for (const [key, value] of Object.entries(header.data.entries)) {
      const checked = checkEntry(key, value)
      if ('entry' in checked) entries.set(key, checked.entry)
      else {
        dropped++
        firstWhy ||= `\`${key.slice(key.indexOf(' ') + 1, 200)}\`: ${checked.problem}`
      }
    }
    const history = new Map<string, HistoryRecord>()
    for (const [key, value] of Object.entries(header.data.history ?? {})) {
      const checked = checkHistoryRecord(key, value, now)
      if ('record' in checked) history.set(key, checked.record)
      else {
        dropped++
        firstWhy ||= `history of \`${key.slice(0, 200)}\`: ${checked.problem}`
      }
    }
    const cache = new LinkCache(path, maxAge, entries, history)
    if (dropped === 0) return { cache }
    const count = dropped === 1 ? '1 entry' : `${dropped} entries`
    return {
      cache,
      problem: {
        file,
        operation: 'read',
        message: `Ignoring ${count} of link cache \`${file}\` (${firstWhy}); ${dropped === 1 ? 'it is' : 'they are'} checked again`
      }
    }
  }

  /** The entry for `key` if it is still fresh, counted from when it was checked (never from the future). */
  get(key: string, now = Date.now()): CacheEntry | undefined {
    const entry = this.#entries.get(key)
    if (!entry || now - entry.checkedAt >= this.#maxAge || entry.checkedAt > now + clockSkew) return undefined
    return entry
  }

  set(key: string, entry: CacheEntry): void {
    this.#entries.set(key, entry)
  }

  delete(key: string): void {
    this.#entries.delete(key)
  }

  /** How the page under `key` fared in earlier runs. */
  historyOf(key: string): HistoryRecord | undefined {
    return this.#history.get(key)
  }

  /** Keep what this run adds to a page's history; `undefined` forgets it. */
  setHistory(key: string, record: HistoryRecord | undefined): void {
    if (record) this.#history.set(key, record)
    else this.#history.delete(key)
  }

  /**
   * Write the cache atomically: a temporary file with a random name, created
   * exclusively (so a planted file or symbolic link of that name is never
   * written through), in the same folder, then renamed over the old file
   * (which replaces a symbolic link there, never its target); a reader (or a
   * crash) never sees half a file. Expired entries are dropped. Returns a
   * problem instead of throwing.
   */
  async save(now = Date.now()): Promise<CacheProblem | undefined> {
    const entries: Record<string, CacheEntry> = {}
    for (const key of [...this.#entries.keys()].sort()) {
      const entry = this.get(key, now)
      if (entry) entries[key] = entry
    }
    const history: Record<string, HistoryRecord> = {}
    for (const key of [...this.#history.keys()].sort()) {
      const record = this.#history.get(key)
      if (record && now - lastEventOf(record) < historyMaxAge) history[key] = record
    }
    const text = `${JSON.stringify({ tool: cacheTool, version: cacheVersion, entries, history }, null, 2)}\n`
    if (Buffer.byteLength(text) > maxCacheBytes) {
      return writeProblem(this.file, `it would be larger than ${maxCacheBytes / 1024 / 1024} MiB`)
    }
    const temporary = `${this.file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`
    try {
      await mkdir(dirname(this.file), { recursive: true })
      await writeFile(temporary, text, { flag: 'wx' })
      await rename(temporary, this.file)
      return undefined
    } catch (error) {
      await unlink(temporary).catch(() => undefined)
      return writeProblem(this.file, (error as NodeJS.ErrnoException).code ?? 'error')
    }
  }
}

function foreignReason(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a roadmap-lint link cache'
  const record = data as Record<string, unknown>
  if (record['tool'] !== cacheTool) return 'not a roadmap-lint link cache'
  // Version 2 had the same entries and no history.
  if (record['version'] !== cacheVersion && record['version'] !== 2) {
    return `cache version \`${JSON.stringify(record['version'] ?? null)}\`, expected \`${cacheVersion}\``
  }
  return undefined
}

function readProblem(file: string, why: string): CacheProblem {
  return { file, operation: 'read', message: `Ignoring link cache \`${file}\`: ${why}; it will be rebuilt` }
}

function writeProblem(file: string, why: string): CacheProblem {
  return { file, operation: 'write', message: `Cannot write link cache \`${file}\` (${why}); results were not saved` }
}
