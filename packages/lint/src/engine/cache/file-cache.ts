import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { deserialize, serialize } from 'node:v8'
import type { TransferredFile } from '../threads/transfer-file.js'
import { readRecords, RecordWriter } from './cache-records.js'

const magic = 'roadmap-lint content cache'
const format = 4

interface CacheHeader {
  magic: typeof magic
  format: typeof format
  fingerprint: string
}

/** A file's entry: the hash of the bytes checked, and what checking them gave, serialized on its own. */
interface Entry {
  hash: string
  data: Uint8Array
}

/**
 * What checking each content file gave, by its path and the hash of its
 * bytes, valid for one fingerprint (the tool's code and the run's settings).
 * On disk, a header record then two records per file (`[path, hash]`, then
 * the result), each with `v8.serialize`, which keeps the sets and maps of a
 * checked file as they are. New results go to disk as they come
 * (`RecordWriter`); `save` adds the entries kept from before and replaces the
 * file, and `discard` drops what this run wrote. A file that cannot be read
 * as such a cache, or was written by other code or settings, is not trusted:
 * the cache starts empty.
 */
export class FileCache {
  readonly #path: string
  readonly #fingerprint: string
  /** Entries read from the file and not replaced by this run. */
  readonly #entries: Map<string, Entry>
  readonly #seen = new Set<string>()
  #changed = false
  #writer: RecordWriter | undefined
  /** Why writing failed: `save` throws it, so a run's result never depends on its cache. */
  #writeError: unknown

  private constructor(path: string, fingerprint: string, entries: Map<string, Entry>) {
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
    const read = readCacheFile(path)
    const cache = new FileCache(path, fingerprint, read && read.fingerprint === fingerprint ? read.entries : new Map())
    cache.#changed = read?.fingerprint !== fingerprint
    if (read) return { cache }
    return {
      cache,
      warning: `roadmap-lint: ignoring the content cache \`${path}\`: it is damaged or not a roadmap-lint content cache; it will be written anew.`
    }
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
    this.#entries.delete(path)
    this.#changed = true
    // The text is not kept: reports read it again for a code frame.
    this.#write(path, { hash, data: serialize(file.value === undefined ? file : { ...file, value: undefined }) })
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
    for (const [path, entry] of this.#entries) this.#write(path, entry)
    if (this.#writeError !== undefined) {
      this.discard()
      throw this.#writeError
    }
    this.#writerOpen()?.commit()
    this.#writer = undefined
    this.#changed = false
  }

  /**
   * Instead of `save`, for a run that failed: drop what this run wrote, and
   * leave the cache file as it was. Does nothing after `save`.
   */
  discard(): void {
    try {
      this.#writer?.discard()
    } catch {
      // A temporary file that cannot be removed is left behind, not a failure.
    }
    this.#writer = undefined
  }

  #write(path: string, entry: Entry): void {
    try {
      const writer = this.#writerOpen()
      writer?.write(serialize([path, entry.hash]))
      writer?.write(entry.data)
    } catch (error) {
      this.#writeError ??= error
    }
  }

  /** The writer, started with the header; none once writing failed. */
  #writerOpen(): RecordWriter | undefined {
    if (this.#writeError !== undefined) return undefined
    if (!this.#writer) {
      this.#writer = new RecordWriter(this.#path)
      this.#writer.write(serialize({ magic, format, fingerprint: this.#fingerprint } satisfies CacheHeader))
    }
    return this.#writer
  }
}

/** The fingerprint and entries of a cache file, or `undefined` if it is not a content cache of any version. */
function readCacheFile(path: string): { fingerprint: string; entries: Map<string, Entry> } | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return undefined
  }
  const records = readRecords(bytes)
  const [header, ...rest] = records ?? []
  const parsed =
    header && rest.length % 2 === 0 ? attempt(() => deserialize(header) as Partial<CacheHeader>) : undefined
  if (!records || parsed?.magic !== magic || typeof parsed.fingerprint !== 'string') {
    // A cache of an earlier format is one file with `magic` in it: rebuilt like a cache of other code, without a warning.
    return attempt(() => deserialize(bytes) as Partial<CacheHeader>)?.magic === magic
      ? { fingerprint: '', entries: new Map() }
      : undefined
  }
  if (parsed.format !== format) return { fingerprint: '', entries: new Map() }
  const entries = new Map<string, Entry>()
  for (let index = 0; index < rest.length; index += 2) {
    const key = attempt(() => deserialize(rest[index] as Uint8Array) as unknown)
    if (!Array.isArray(key) || typeof key[0] !== 'string' || typeof key[1] !== 'string') return undefined
    entries.set(key[0], { hash: key[1], data: rest[index + 1] as Uint8Array })
  }
  return { fingerprint: parsed.fingerprint, entries }
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch {
    return undefined
  }
}
