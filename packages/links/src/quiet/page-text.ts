import { distance } from 'fastest-levenshtein'
import { Parser } from 'htmlparser2'
import { header, type ResponseHeaders } from '../request/response-headers.js'

/** Characters of a page's text compared: enough to tell two pages apart, few enough to compare fast. */
const maxTextLength = 16_000

/** Elements whose text a reader does not see. */
const hidden: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg'])

/**
 * What a reader of a page sees, to compare it with another page: the text
 * of an HTML page outside scripts and styles (the title included), or a
 * text page as it is; `paths` (the page's own, which a "not found" page
 * often repeats) taken out, runs of digits (dates, request ids) made one,
 * spaces collapsed, lower case. `undefined` for anything else (a PDF, an
 * image, a compressed body): such pages are not compared.
 *
 * @example
 *   pageText({ 'content-type': 'text/html' }, Buffer.from('<title>Not found</title><p>No /docs/x here</p>'), ['/docs/x'])
 *   // 'not found no here'
 */
export function pageText(
  headers: ResponseHeaders,
  body: Buffer,
  paths: ReadonlyArray<string> = []
): string | undefined {
  const type = header(headers, 'content-type')?.toLowerCase() ?? ''
  const encoding = header(headers, 'content-encoding')?.toLowerCase().trim() ?? ''
  if ((encoding !== '' && encoding !== 'identity') || (type !== '' && !/html|text\/plain/.test(type))) return undefined
  const raw = body.toString('utf8')
  let text = type.includes('text/plain') ? raw : visibleText(raw)
  for (const path of paths) {
    if (path.length < 2) continue
    text = text.split(path).join(' ')
    const decoded = safeDecode(path)
    if (decoded !== path) text = text.split(decoded).join(' ')
  }
  return text.replace(/\d+/g, '0').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, maxTextLength)
}

function visibleText(html: string): string {
  const parts: string[] = []
  let hiddenDepth = 0
  const parser = new Parser(
    {
      onopentagname: (name) => {
        if (hidden.has(name)) hiddenDepth++
      },
      onclosetag: (name) => {
        if (hidden.has(name) && hiddenDepth > 0) hiddenDepth--
      },
      ontext: (text) => {
        if (hiddenDepth === 0) parts.push(text)
      }
    },
    { decodeEntities: true, lowerCaseTags: true }
  )
  parser.end(html)
  return parts.join(' ')
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * How alike two page texts are, from 0 to 1: one minus their edit distance
 * over the longer one's length. Texts whose lengths differ by more than a
 * tenth are not compared (they cannot be 90% alike).
 *
 * @example
 *   similarity('page not found', 'page not found!') // 0.93
 */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  if (Math.abs(a.length - b.length) > longer / 10) return 1 - Math.abs(a.length - b.length) / longer
  return 1 - distance(a, b) / longer
}

const parkingMarks =
  /this domain (?:name )?(?:is|may be) for sale|buy this domain|(?:this )?domain (?:has been |is )?parked|parked free|domain parking|(?:sedoparking|parkingcrew|dsparking|bodis|hugedomains|afternic)\.(?:com|net)/i

/**
 * Whether a page's first bytes are a domain parking or "for sale" page.
 *
 * @example
 *   isParkedPage(Buffer.from('<h1>This domain is for sale!</h1>')) // true
 */
export function isParkedPage(body: Buffer): boolean {
  return parkingMarks.test(body.toString('latin1'))
}
