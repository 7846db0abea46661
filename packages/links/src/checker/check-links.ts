import type { LinkCheckerOptions } from '../options/options.js'
import type { LinkReport, LinkVerdict } from '../types.js'
import { createLinkChecker } from './checker.js'

/** A URL to check: the URL alone, or with the place it is used at (yours, kept opaque). */
export type LinkInput<Place> = string | { url: string; place: Place }

/**
 * Check a list of URLs and resolve with the report: one verdict per unique
 * URL, each with the places it was given with.
 *
 * @example
 *   const report = await checkLinks([{ url: 'https://example.com/', place: 'README.md:3' }])
 *   report.verdicts[0]?.verdict // 'ok'
 */
export function checkLinks<Place = unknown>(
  links: Iterable<LinkInput<Place>>,
  options: LinkCheckerOptions<Place> = {}
): Promise<LinkReport<Place>> {
  const checker = createLinkChecker<Place>(options)
  for (const link of links) {
    if (typeof link === 'string') checker.add(link)
    else checker.add(link.url, link.place)
  }
  return checker.finish()
}

/**
 * Check a list of URLs and yield each verdict as soon as it is final, in the
 * order they become final. A failure of the run itself (not of a link: those
 * are verdicts) is thrown by the iteration.
 *
 * @example
 *   for await (const verdict of streamLinks(urls)) if (verdict.verdict === 'broken') console.log(verdict.url)
 */
export async function* streamLinks<Place = unknown>(
  links: Iterable<LinkInput<Place>>,
  options: Omit<LinkCheckerOptions<Place>, 'onVerdict'> = {}
): AsyncGenerator<LinkVerdict<Place>, LinkReport<Place>> {
  const ready: Array<LinkVerdict<Place>> = []
  let wake: (() => void) | undefined
  const finished = checkLinks(links, {
    ...options,
    onVerdict: (verdict) => {
      ready.push(verdict)
      wake?.()
    }
  })
  let report: LinkReport<Place> | undefined
  let failure: { error: unknown } | undefined
  const done = finished.then(
    (value) => {
      report = value
    },
    (error: unknown) => {
      failure = { error }
    }
  )
  for (;;) {
    while (ready.length > 0) yield ready.shift() as LinkVerdict<Place>
    if (failure) throw failure.error
    if (report) return report
    await Promise.race([done, new Promise<void>((resolve) => (wake = resolve))])
    wake = undefined
  }
}
