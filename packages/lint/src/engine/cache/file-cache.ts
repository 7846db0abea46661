import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { deserialize, serialize } from 'node:v8'
import type { TransferredFile } from '../threads/transfer-file.js'

const magic = 'roadmap-lint content cache'
const format = 2

interface CacheData {
  magic: typeof magic
  format: typeof format
  fingerprint: string
  /**
   * By absolute path: the hash of the bytes checked, and what checking them
   * gave, serialized on its own: a run holds bytes rather than thousands of
   * objects (memory), and reads only the files it asks for.
   */
  entries: Map<string, { hash: string; data: Uint8Array }>
}

/**
 * What checking each content file gave, by its path and the hash of its
 * bytes, valid for one fingerprint (the tool's code and the run's settings).
 * Stored with `v8.serialize`, which keeps the sets and maps of a checked file
 * as they are. A file that cannot be read as such a cache, or was written by
 * other code or settings, is not trusted: the cache starts empty.
 */
export class FileCache {
  readonly #path: string
  readonly #fingerprint: string
  readonly #entries: CacheData['entries']
  readonly #seen = new Set<string>()
  #changed = false

  private constructor(path: string, fingerprint: string, entries: CacheData['entries']) {
    this.#path = path
    this.#fingerprint = fingerprint
    this.#entries = entries
  }

  /**
   * Read the cache at `path`. `warning` says why a file that is there could
   * not be used (damaged, or not a content cache); a cache of other code or
   * settings is dropped without one, as that is what it is for.
   */
  static load(path: string, fingerprint: string): { cache: FileCache; warning?: string } {
    if (!existsSync(path)) return { cache: new FileCache(path, fingerprint, new Map()) }
    let data: Partial<CacheData> | undefined
    try {
      data = deserialize(readFileSync(path)) as Partial<CacheData>
    } catch {
      data = undefined
    }
    if (data?.magic !== magic || data.format !== format || !(data.entries instanceof Map) || typeof data.fingerprint !== 'string') {
      const cache = new FileCache(path, fingerprint, new Map())
      cache.#changed = true
      return { cache, warning: `roadmap-lint: ignoring the content cache \`${path}\`: it is damaged or not a roadmap-lint content cache; it will be written anew.` }
    }
    const cache = new FileCache(path, fingerprint, data.fingerprint === fingerprint ? data.entries : new Map())
    cache.#changed = data.fingerprint !== fingerprint
    return { cache }
  }

  /** The hash a file's bytes are cached under. */
  static hash(contents: Uint8Array): string {
    return createHash('sha256').update(contents).digest('base64url')
  }

  get(path: string, hash: string): TransferredFile | undefined {
    this.#seen.add(path)
    const entry = this.#entries.get(path)
    if (entry?.hash !== hash) return undefined
    try {
      return deserialize(entry.data) as TransferredFile
    } catch {
      // One damaged entry is one file to check again.
      this.#entries.delete(path)
      this.#changed = true
      return undefined
    }
  }

  set(path: string, hash: string, file: TransferredFile): void {
    this.#seen.add(path)
    // The text is not kept: reports read it again for a code frame.
    this.#entries.set(path, { hash, data: serialize({ ...file, value: undefined }) })
    this.#changed = true
  }

  /**
   * Write the cache if anything changed, atomically (a run that dies leaves
   * the old file). Files this run did not see stay while they exist.
   */
  save(): void {
    for (const path of this.#entries.keys()) {
      if (!this.#seen.has(path) && !existsSync(path)) {
        this.#entries.delete(path)
        this.#changed = true
      }
    }
    if (!this.#changed) return
    const data: CacheData = { magic, format, fingerprint: this.#fingerprint, entries: this.#entries }
    const temporary = `${this.#path}.${process.pid}.tmp`
    writeFileSync(temporary, serialize(data))
    renameSync(temporary, this.#path)
    this.#changed = false
  }
}
