import { createLinkChecker } from '../checker/checker.js'
import type { LinkCheckerOptions } from '../options/options.js'
import type { LinkReport } from '../types.js'
import { at, loopback, type TestPlace } from './link-options.js'

/** Check `links` (URLs, or URLs with their places) on loopback, and report. */
export async function check(
  links: ReadonlyArray<[string, TestPlace] | string>,
  options: LinkCheckerOptions<TestPlace> = {}
): Promise<LinkReport<TestPlace>> {
  const checker = createLinkChecker<TestPlace>({ ...loopback, ...options })
  for (const link of links) checker.add(...(typeof link === 'string' ? at(link) : link))
  return checker.finish()
}

/** The verdict on `url`; throws, naming the URLs there are, when it has none. */
export function result(report: LinkReport<TestPlace>, url: string) {
  const found = report.verdicts.find((entry) => entry.url === url)
  if (!found) throw new Error(`no result for ${url}: ${report.verdicts.map((entry) => entry.url).join(', ')}`)
  return found
}
