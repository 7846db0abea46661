import { randomBytes } from 'node:crypto'
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'

/** Lines not yet written: a few system calls per 256 KiB rather than one per file. */
const flushBytes = 256 * 1024

/**
 * A cache file being written: lines go to a new temporary file beside it,
 * which replaces the cache only when complete (`commit`), so a run that dies
 * leaves the old cache as it was. The temporary file has a random name and
 * is created exclusively (`wx`): a file or symbolic link planted at any name
 * is never opened, let alone written through.
 */
export class RecordWriter {
  readonly #path: string
  readonly #temporary: string
  #descriptor: number | undefined
  #pending: string[] = []
  #pendingLength = 0

  constructor(path: string) {
    this.#path = path
    this.#temporary = `${path}.${randomBytes(8).toString('hex')}.tmp`
    this.#descriptor = openSync(this.#temporary, 'wx', 0o644)
  }

  /** Add a line (without its line break). */
  write(line: string): void {
    if (this.#descriptor === undefined) throw new Error('The content cache was already written')
    this.#pending.push(line, '\n')
    this.#pendingLength += line.length + 1
    if (this.#pendingLength >= flushBytes) this.#flush()
  }

  /** Replace the cache file with what was written. */
  commit(): void {
    this.#flush()
    this.#close()
    renameSync(this.#temporary, this.#path)
  }

  /** Drop what was written; the cache file stays as it was. */
  discard(): void {
    this.#close()
    rmSync(this.#temporary, { force: true })
  }

  #flush(): void {
    if (this.#descriptor === undefined) throw new Error('The content cache was already written')
    const bytes = Buffer.from(this.#pending.join(''))
    this.#pending = []
    this.#pendingLength = 0
    let written = 0
    while (written < bytes.byteLength) written += writeSync(this.#descriptor, bytes, written)
  }

  #close(): void {
    if (this.#descriptor !== undefined) closeSync(this.#descriptor)
    this.#descriptor = undefined
  }
}
