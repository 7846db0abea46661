import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { CacheProblem } from '../types.js'
import { cacheTool, cacheVersion } from './cache-format.js'
import type { CacheEntry } from './cache-schema.js'

export type { CacheEntry } from './cache-schema.js'

/**
 * The link cache: good results (ok, redirected) between runs, valid for
 * `maxAge`. Keys are `<host settings fingerprint> <page URL>`: the fingerprint
 * changes when the host's configured headers or accepted statuses change, and
 * holds no header value.
 */
export class LinkCache {
  readonly file: string
  readonly #maxAge: number
  readonly #entries: Map<string, CacheEntry>

  private constructor(file: string, maxAge: number, entries: Map<string, CacheEntry>) {
    this.file = file
    this.#maxAge = maxAge
    this.#entries = entries
  }

  /**
   * Read the cache file. A missing file is an empty cache; an unreadable,
   * corrupt or foreign one is an empty cache plus a `problem` to report once.
   * Never throws.
   */
  static async load(file: string, maxAge: number): Promise<{ cache: LinkCache; problem?: CacheProblem }> {
    const path = resolve(file)
    const empty = new LinkCache(path, maxAge, new Map())
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // Not there yet (or its folder is not): an empty cache; saving reports any real problem.
      if (code === 'ENOENT' || code === 'ENOTDIR') return { cache: empty }
      return {
        cache: empty,
        problem: readProblem(file, `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
      }
    }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return { cache: empty, problem: readProblem(file, 'not valid JSON') }
    }
    const why = foreignReason(data)
    if (why) return { cache: empty, problem: readProblem(file, why) }
    // zod loads only when there is a cache file to check.
    const { CacheFileSchema } = await import('./cache-schema.js')
    const parsed = CacheFileSchema.safeParse(data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : ''
      return { cache: empty, problem: readProblem(file, `unexpected content${where}`) }
    }
    return { cache: new LinkCache(path, maxAge, new Map(Object.entries(parsed.data.entries))) }
  }

  /** The entry for `key` if it is still fresh. */
  get(key: string, now = Date.now()): CacheEntry | undefined {
    const entry = this.#entries.get(key)
    if (!entry || now - entry.checkedAt >= this.#maxAge || entry.checkedAt > now + 60_000) return undefined
    return entry
  }

  set(key: string, entry: CacheEntry): void {
    this.#entries.set(key, entry)
  }

  delete(key: string): void {
    this.#entries.delete(key)
  }

  /**
   * Write the cache atomically: a temporary file in the same folder, then a
   * rename over the old file, so a reader (or a crash) never sees half a file.
   * Expired entries are dropped. Returns a problem instead of throwing.
   */
  async save(now = Date.now()): Promise<CacheProblem | undefined> {
    const entries: Record<string, CacheEntry> = {}
    for (const key of [...this.#entries.keys()].sort()) {
      const entry = this.get(key, now)
      if (entry) entries[key] = entry
    }
    const text = `${JSON.stringify({ tool: cacheTool, version: cacheVersion, entries }, null, 2)}\n`
    const temporary = `${this.file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
    try {
      await mkdir(dirname(this.file), { recursive: true })
      await writeFile(temporary, text, { flag: 'wx' })
      await rename(temporary, this.file)
      return undefined
    } catch (error) {
      await unlink(temporary).catch(() => undefined)
      const code = (error as NodeJS.ErrnoException).code ?? 'error'
      return {
        file: this.file,
        operation: 'write',
        message: `Cannot write link cache \`${this.file}\` (${code}); results were not saved`
      }
    }
  }
}

function foreignReason(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a roadmap-lint link cache'
  const record = data as Record<string, unknown>
  if (record['tool'] !== cacheTool) return 'not a roadmap-lint link cache'
  if (record['version'] !== cacheVersion) {
    return `cache version \`${JSON.stringify(record['version'] ?? null)}\`, expected \`${cacheVersion}\``
  }
  return undefined
}

function readProblem(file: string, why: string): CacheProblem {
  return { file, operation: 'read', message: `Ignoring link cache \`${file}\`: ${why}; it will be rebuilt` }
}
