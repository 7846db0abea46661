import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'

// The content cache is a list of records, each its byte length (4 bytes,
// little-endian) then its bytes. Records are written one at a time as files
// are checked, so a run never holds every file's result to write at the end.

const flushBytes = 256 * 1024

/** The records of a cache file, or `undefined` if it is not a list of them (damaged, or another format). */
export function readRecords(bytes: Uint8Array): Uint8Array[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const records: Uint8Array[] = []
  let at = 0
  while (at < bytes.byteLength) {
    if (at + 4 > bytes.byteLength) return undefined
    const length = view.getUint32(at, true)
    if (at + 4 + length > bytes.byteLength) return undefined
    records.push(bytes.subarray(at + 4, at + 4 + length))
    at += 4 + length
  }
  return records
}

/**
 * A cache file being written: records go to a temporary file beside it, which
 * replaces the cache only when complete (`commit`), so a run that dies leaves
 * the old cache as it was.
 */
export class RecordWriter {
  readonly #path: string
  readonly #temporary: string
  #descriptor: number | undefined
  /** Records not yet written: a few system calls per 256 KiB rather than two per record. */
  #pending: Uint8Array[] = []
  #pendingBytes = 0

  constructor(path: string) {
    this.#path = path
    this.#temporary = `${path}.${process.pid}.tmp`
    this.#descriptor = openSync(this.#temporary, 'w')
  }

  write(record: Uint8Array): void {
    if (this.#descriptor === undefined) throw new Error('The content cache was already written')
    const length = Buffer.alloc(4)
    length.writeUInt32LE(record.byteLength)
    this.#pending.push(length, record)
    this.#pendingBytes += 4 + record.byteLength
    if (this.#pendingBytes >= flushBytes) this.#flush()
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
    const bytes = Buffer.concat(this.#pending, this.#pendingBytes)
    this.#pending = []
    this.#pendingBytes = 0
    let written = 0
    while (written < bytes.byteLength) written += writeSync(this.#descriptor, bytes, written)
  }

  #close(): void {
    if (this.#descriptor !== undefined) closeSync(this.#descriptor)
    this.#descriptor = undefined
  }
}
