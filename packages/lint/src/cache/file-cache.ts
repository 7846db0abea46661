import { hash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { CheckedFile } from '../linter/checked-file.js'
import { cachedFileSchema, fromCached, toCached } from './cached-file.js'
import { cacheVersion, headerLine, readHeader, readRecordLine, recordLine, resultOf } from './cache-records.js'
import { readRegularFile } from '../util/read-regular-file.js'
import { RecordWriter } from './record-writer.js'

/** Where a cache is and what it may hold. */
export interface FileCacheOptions {
  /** Records are kept for files inside this folder only, by their path relative to it. */
  root: string
  /** A larger cache file is not read (default 256 MiB: a 5,000-step library takes about 12 MB). */
  maxBytes?: number
}

const defaultMaxBytes = 256 * 1024 * 1024

/** A file's entry: the hash of its bytes and its line as read (its result is parsed and checked when used). */
interface Entry {
  hash: string
  line: string
}

/**
 * What checking each content file gave, by its path and the hash of its
 * bytes, for one key (the tool, the rules and the configuration: see
 * `cacheKey`). A hint, never a verdict: a record is used only when its
 * checksum, its shape, its path and its key all hold, and anything else is
 * dropped and checked anew; nothing in the file can fail a run. New results
 * go to disk as they come (`RecordWriter`); `save` adds the records kept from
 * before and replaces the file; `discard` drops what this run wrote.
 */
export class FileCache {
  readonly #path: string
  readonly #root: string
  /** The root with a separator after it. */
  readonly #rootPrefix: string
  #key: string | undefined
  /** Records read from the file and not replaced by this run, by path relative to the root. */
  #entries: Map<string, Entry>
  readonly #seen = new Set<string>()
  #changed = false
  #writer: RecordWriter | undefined
  /** Why writing failed: `save` throws it, so a run's result never depends on its cache. */
  #writeError: unknown

  private constructor(path: string, root: string, key: string | undefined, entries: Map<string, Entry>) {
    this.#path = path
    this.#root = resolve(root)
    this.#rootPrefix = this.#root.endsWith(sep) ? this.#root : this.#root + sep
    this.#key = key
    this.#entries = entries
  }

  /**
   * Read the cache at `path`. `warning` says why a file that is there was not
   * used, whole or in part (damaged, not a content cache, not a regular file,
   * too large); a cache of an earlier format is dropped without one.
   */
  static load(path: string, options: FileCacheOptions): { cache: FileCache; warning?: string } {
    const read = readRegularFile(path, options.maxBytes ?? defaultMaxBytes)
    const empty = (changed: boolean) => {
      const cache = new FileCache(path, options.root, undefined, new Map())
      cache.#changed = changed
      return cache
    }
    if (read === undefined) return { cache: empty(false) }
    const ignoring = `roadmap-lint: ignoring the content cache \`${path}\``
    if ('refused' in read)
      return { cache: empty(true), warning: `${ignoring}: ${read.refused}; it will be written anew.` }
    const lines = read.bytes.toString('utf8').split('\n')
    const header = readHeader(lines[0] ?? '')
    if (header?.version !== cacheVersion || typeof header.key !== 'string') {
      // A cache of an earlier format names itself near its start: dropped like one of other code, without a warning.
      const earlier = header !== undefined || read.bytes.subarray(0, 200).includes('roadmap-lint content cache')
      return {
        cache: empty(true),
        ...(earlier
          ? {}
          : { warning: `${ignoring}: it is damaged or not a roadmap-lint content cache; it will be written anew.` })
      }
    }
    const entries = new Map<string, Entry>()
    let damaged = 0
    for (const line of lines.slice(1)) {
      if (line === '') continue
      const record = readRecordLine(header.key, line)
      if (record && isInside(record.path)) entries.set(record.path, { hash: record.hash, line: record.line })
      else damaged++
    }
    const cache = new FileCache(path, options.root, header.key, entries)
    cache.#changed = damaged > 0
    if (damaged === 0) return { cache }
    const records = damaged === 1 ? '1 damaged record' : `${damaged} damaged records`
    return {
      cache,
      warning: `roadmap-lint: ignoring ${records} of the content cache \`${path}\`: their files are checked anew.`
    }
  }

  /** The hash a file's bytes are cached under. */
  static hash(contents: Uint8Array): string {
    return hash('sha256', contents, 'base64url')
  }

  /**
   * Use the results of `key` (see `cacheKey`): the records of any other key
   * are dropped, and so is what a run of another key wrote. `lint()` calls it.
   */
  useKey(key: string): void {
    if (key === this.#key) return
    this.discard()
    this.#key = key
    this.#entries = new Map()
    this.#changed = true
  }

  /**
   * What checking the file at `path` gave, if its bytes had `hash`; `undefined`
   * for a file to check. `urlOf` gives each rule's docs URL (a record holds none).
   */
  get(
    path: string,
    roadmapId: string,
    hash: string,
    urlOf: (ruleId: string) => string | undefined
  ): CheckedFile | undefined {
    const name = this.#nameOf(path)
    if (name === undefined) return undefined
    this.#seen.add(name)
    const entry = this.#entries.get(name)
    if (entry?.hash !== hash) return undefined
    const checked = cachedFileSchema.safeParse(resultOf(entry.line))
    if (checked.success) return fromCached(checked.data, path, roadmapId, urlOf)
    // A record of the wrong shape is one file to check again.
    this.#entries.delete(name)
    this.#changed = true
    return undefined
  }

  /** Keep what checking the file at `path`, with bytes of `hash`, gave. */
  set(path: string, hash: string, file: CheckedFile): void {
    const name = this.#nameOf(path)
    const result = name === undefined ? undefined : toCached(file)
    if (name === undefined || result === undefined) return
    this.#seen.add(name)
    this.#entries.delete(name)
    this.#changed = true
    this.#write(recordLine(this.#keyInUse(), { hash, path: name, result }))
  }

  /**
   * Write the cache if anything changed, atomically (a run that dies leaves
   * the old file). Records of files this run did not see stay while the files exist.
   */
  save(): void {
    // Never used by a run: nothing to write.
    if (this.#key === undefined) return
    for (const name of this.#entries.keys()) {
      if (!this.#seen.has(name) && !existsSync(resolve(this.#root, name))) {
        this.#entries.delete(name)
        this.#changed = true
      }
    }
    if (!this.#changed) return
    // Lines kept from before are written as they were read: the key is the same, so are their checksums.
    for (const entry of this.#entries.values()) this.#write(entry.line)
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

  /** The path relative to the root, with `/`; `undefined` outside the root. */
  #nameOf(path: string): string | undefined {
    // `lint()` gives the absolute, normalised paths it discovered: no `resolve` needed for those.
    const name = (
      path.startsWith(this.#rootPrefix) ? path.slice(this.#rootPrefix.length) : relative(this.#root, resolve(path))
    )
      .split(sep)
      .join('/')
    return isInside(name) ? name : undefined
  }

  #keyInUse(): string {
    if (this.#key === undefined) throw new Error('The content cache has no key: lint() sets it (useKey)')
    return this.#key
  }

  #write(line: string): void {
    try {
      this.#writerOpen()?.write(line)
    } catch (error) {
      this.#writeError ??= error
    }
  }

  /** The writer, started with the header; none once writing failed. */
  #writerOpen(): RecordWriter | undefined {
    if (this.#writeError !== undefined) return undefined
    if (!this.#writer) {
      this.#writer = new RecordWriter(this.#path)
      this.#writer.write(headerLine(this.#keyInUse()))
    }
    return this.#writer
  }
}

/**
 * Whether a record's path is a plain relative path inside the root, as
 * normalising would leave it: no `..`, `.` or empty part (so no leading,
 * doubled or trailing `/`), no drive, no NUL.
 */
function isInside(name: string): boolean {
  return (
    !isAbsolute(name) &&
    !/^[a-z]:|\0/i.test(name) &&
    name.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
  )
}
