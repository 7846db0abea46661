import type { Point } from 'unist'
import type { LinkReference } from '../../rule/content.js'

/**
 * A file's links as a list of URLs and one array of numbers: a structured
 * clone (`postMessage`, `v8.serialize`) copies an `Int32Array` in one piece,
 * where 20 links are 100 objects to walk and build again one property at a
 * time. Positions and offsets of a file under the size cap fit in 32 bits.
 */
export interface PackedLinks {
  urls: string[]
  /** Per link, `fields` numbers: see `packLinks`. */
  numbers: Int32Array
}

const fields = 9
/** A missing offset or destination. */
const none = -1

export function packLinks(links: ReadonlyArray<LinkReference>): PackedLinks {
  const numbers = new Int32Array(links.length * fields)
  links.forEach((link, index) => {
    const { start, end } = link.position
    numbers.set(
      [
        start.line,
        start.column,
        start.offset ?? none,
        end.line,
        end.column,
        end.offset ?? none,
        link.destination?.start ?? none,
        link.destination?.end ?? none,
        link.resource ? 1 : 0
      ],
      index * fields
    )
  })
  return { urls: links.map((link) => link.url), numbers }
}

/** The links again, or only those at the indexes `only` marks. */
export function unpackLinks({ urls, numbers }: PackedLinks, only?: ReadonlyArray<boolean>): LinkReference[] {
  const links: LinkReference[] = []
  urls.forEach((url, index) => {
    if (only && !only[index]) return
    const at = index * fields
    // Indexed, not destructured: a typed array's iterator is slow.
    const n = (field: number) => numbers[at + field] as number
    links.push({
      url,
      position: { start: point(n(0), n(1), n(2)), end: point(n(3), n(4), n(5)) },
      destination: n(6) === none ? undefined : { start: n(6), end: n(7) },
      resource: n(8) === 1
    })
  })
  return links
}

function point(line: number, column: number, offset: number): Point {
  return offset === none ? { line, column } : { line, column, offset }
}
