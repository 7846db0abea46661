import type { LinkChecker, LinkReport, LinkVerdict } from '@roadmap/links'
import type { LinkChecks } from '../files/link-source.js'
import type { VerdictOf } from '../linter/check-links.js'
import type { LinkFilter } from './new-links.js'

/** The link checks of one run, and the checker's report once the run has the verdicts. */
export interface CheckerLinkChecks extends LinkChecks {
  /** The checker's report, once `verdicts()` resolved. */
  report(): LinkReport<string> | undefined
}

/**
 * The link checks `lint()` takes, made of a link checker: every external
 * link of a reported file goes to the checker as soon as the file is
 * checked, once per URL as written; once every file is, each place it is
 * used gets the checker's verdict. `include` narrows the links checked
 * (`--changed` checks only the links it adds, and
 * tells the checker so: a broken one fails the run at once).
 *
 * @example
 *   const links = createLinkChecks(createLinkChecker({ cacheFile }))
 *   await lint({ paths: ['content'], cwd, config, links })
 */
export function createLinkChecks(checker: LinkChecker<string>, include?: LinkFilter): CheckerLinkChecks {
  /** URLs as written, checked, and the files each was added for. */
  const added = new Map<string, Set<string>>()
  let linkReport: LinkReport<string> | undefined

  return {
    add: (path, links) => {
      for (const link of links) {
        if (!/^https?:/i.test(link.url) || (include && !include(path, link.url))) continue
        const files = added.get(link.url)
        if (files) files.add(path)
        else {
          added.set(link.url, new Set([path]))
          // With `--changed`, every link checked is one the change adds: its failure is the change's, at once.
          checker.add(link.url, link.url, include ? { changed: true } : undefined)
        }
      }
    },
    verdicts: async () => {
      linkReport = await checker.finish()
      const byWritten = new Map<string, LinkVerdict<string>>()
      for (const verdict of linkReport.verdicts) for (const written of verdict.places) byWritten.set(written, verdict)
      return (path): VerdictOf =>
        (url) =>
          added.get(url)?.has(path) ? byWritten.get(url) : undefined
    },
    // After `--fix` rewrote files, lint them again without new requests: each
    // link's verdict is looked up by URL at its new place.
    replay: () => replay(linkReport),
    report: () => linkReport
  }
}

function replay(report: LinkReport<string> | undefined): LinkChecks {
  const verdicts = new Map<string, LinkVerdict<string>>((report?.verdicts ?? []).map((each) => [each.url, each]))
  const verdictOf: VerdictOf = (url) => verdicts.get(normalize(url))
  return { add: () => {}, verdicts: async () => () => verdictOf, replay: () => replay(report) }
}

function normalize(url: string): string {
  try {
    return new URL(url).href
  } catch {
    return url
  }
}
