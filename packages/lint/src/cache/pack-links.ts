import type { LinkSummary } from '@roadmap/core/pipeline-light'
import type { Point } from 'unist'

/**
 * A file's links as the content cache keeps them: their URLs, the distinct
 * schemes, hosts and titles they use, and 14 numbers per link. A large library has
 * 100,000 links: as objects they would double the cache file, and reading a
 * warm cache is mostly reading this. Positions and offsets of a file under
 * the size cap fit in 32 bits.
 */
export interface PackedLinks {
  urls: string[]
  /** The distinct schemes, hosts and titles of the links, which `numbers` points into. */
  names: string[]
  /** Per link, `fields` numbers: see `packLinks`. */
  numbers: number[]
}

/** Numbers per link. */
export const linkFields = 14
/** The fields that point into `names`. */
export const nameFields: ReadonlySet<number> = new Set([9, 10, 11])
/** A missing offset, destination, scheme or host. */
const none = -1

/**
 * Per link: start line, column and offset, end line, column and offset, the
 * destination's start and end offsets, whether it is a resource (1 or 0),
 * the index in `names` of its scheme, of its host and of its title, and the
 * title's start and end offsets; `-1` for none.
 */
export function packLinks(links: ReadonlyArray<LinkSummary>): PackedLinks {
  const names: string[] = []
  const indexes = new Map<string, number>()
  const nameIndex = (name: string | undefined) => {
    if (name === undefined) return none
    let index = indexes.get(name)
    if (index === undefined) {
      index = names.push(name) - 1
      indexes.set(name, index)
    }
    return index
  }
  const numbers: number[] = []
  for (const link of links) {
    const { start, end } = link.position
    numbers.push(
      start.line,
      start.column,
      start.offset ?? none,
      end.line,
      end.column,
      end.offset ?? none,
      link.destination?.start ?? none,
      link.destination?.end ?? none,
      link.resource ? 1 : 0,
      nameIndex(link.protocol),
      nameIndex(link.host),
      nameIndex(link.title),
      link.titleRange?.start ?? none,
      link.titleRange?.end ?? none
    )
  }
  return { urls: links.map((link) => link.url), names, numbers }
}

/** The links again, as `packLinks` had them. */
export function unpackLinks({ urls, names, numbers }: PackedLinks): LinkSummary[] {
  return urls.map((url, index) => {
    const at = index * linkFields
    const n = (field: number) => numbers[at + field] as number
    return {
      url,
      protocol: names[n(9)],
      host: names[n(10)],
      position: { start: point(n(0), n(1), n(2)), end: point(n(3), n(4), n(5)) },
      destination: n(6) === none ? undefined : { start: n(6), end: n(7) },
      resource: n(8) === 1,
      title: names[n(11)],
      titleRange: n(12) === none ? undefined : { start: n(12), end: n(13) }
    }
  })
}

function point(line: number, column: number, offset: number): Point {
  return offset === none ? { line, column } : { line, column, offset }
}
