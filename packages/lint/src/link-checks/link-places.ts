import type { LinkSummary } from '@roadmap/core/pipeline-light'
import type { LinkOccurrence } from './link-problems.js'

/** A place a URL is used, with the offsets of its destination in the source (-1 when unknown) for the redirect fix. */
export interface LinkPlace extends LinkOccurrence {
  destinationStart: number
  destinationEnd: number
}

// One record per place: file, line, column, end line, end column,
// destination start and end, and the previous record of the same URL.
const fields = 8
// Records per chunk: chunks, not one array grown by doubling, so that
// nothing is copied and at most one chunk is partly empty.
const chunkRecords = 4096

/**
 * Every place an external link is used, packed into `Int32Array`s: a
 * large library has a hundred thousand places, and an object each would keep
 * tens of MB alive for the whole run (see bench/README.md). URLs are kept as
 * written, one flat copy each (a URL cut from the source would keep the
 * file's whole text alive).
 */
export class LinkPlaces {
  readonly #chunks: Int32Array[] = []
  #count = 0
  readonly #files: string[] = []
  readonly #fileIndex = new Map<string, number>()
  /** URL as written → its latest record; records of one URL chain backwards. */
  readonly #latest = new Map<string, number>()

  /**
   * Record that `link` is used in `file`; the place as an occurrence when its
   * URL is new (the first place), `undefined` when the URL was seen before.
   */
  add(file: string, link: LinkSummary): LinkPlace | undefined {
    const previous = this.#latest.get(link.url)
    const record = this.#push(this.#fileNumber(file), link, previous ?? -1)
    this.#latest.set(link.url, record)
    return previous === undefined ? this.#place(link.url, record) : undefined
  }

  /** Every place `url` (as written) is used, last added first. */
  *placesOf(url: string): Generator<LinkPlace> {
    for (let record = this.#latest.get(url) ?? -1; record !== -1; ) {
      const place = this.#place(url, record)
      yield place
      record = this.#field(record, 7)
    }
  }

  #fileNumber(file: string): number {
    let number = this.#fileIndex.get(file)
    if (number === undefined) {
      number = this.#files.push(file) - 1
      this.#fileIndex.set(file, number)
    }
    return number
  }

  #push(file: number, link: LinkSummary, previous: number): number {
    if (this.#count % chunkRecords === 0) this.#chunks.push(new Int32Array(chunkRecords * fields))
    const records = this.#chunks[this.#chunks.length - 1] as Int32Array
    const at = (this.#count % chunkRecords) * fields
    const { start, end } = link.position
    records[at] = file
    records[at + 1] = start.line
    records[at + 2] = start.column
    records[at + 3] = end.line
    records[at + 4] = end.column
    records[at + 5] = link.destination?.start ?? -1
    records[at + 6] = link.destination?.end ?? -1
    records[at + 7] = previous
    return this.#count++
  }

  #field(record: number, field: number): number {
    return this.#chunks[Math.floor(record / chunkRecords)]?.[(record % chunkRecords) * fields + field] ?? -1
  }

  #place(url: string, record: number): LinkPlace {
    return {
      url,
      file: this.#files[this.#field(record, 0)] ?? '',
      line: this.#field(record, 1),
      column: this.#field(record, 2),
      endLine: this.#field(record, 3),
      endColumn: this.#field(record, 4),
      destinationStart: this.#field(record, 5),
      destinationEnd: this.#field(record, 6)
    }
  }
}
