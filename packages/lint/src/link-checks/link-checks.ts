import { report } from '@roadmap/core/pipeline-light'
import type { LinkChecker, LinkReport, LinkVerdict } from '@roadmap/links'
import type { LintExtension } from '../engine/lint.js'
import type { IndexedFile, LinkReference } from '../rule/content.js'
import { destinationText } from '../rule/destination-text.js'
import { problemsAt, type LinkProblem } from './link-problems.js'
import { LinkPlaces, type LinkPlace } from './link-places.js'
import type { LinkFilter } from './new-links.js'

/** The link checks of one lint run: the extension, its replay after `--fix`, and the checker's report. */
export interface LinkChecks {
  extension: LintExtension
  /** An extension that reports the results known by URL at the links' places now, without new requests. */
  replay: () => LintExtension
  /** The checker's report, once the extension's `finish` ran. */
  report: () => LinkReport<string> | undefined
}

/**
 * The link checker as a lint extension: every external link of a selected
 * file goes to the checker as soon as the file is parsed, once per URL as
 * written (its place is that URL; `LinkPlaces` keeps every place it is used
 * at), and the problems land at every place when the run ends. `include`
 * narrows the links checked (`--changed` checks only the links it adds, and
 * tells the checker so: a broken one fails the run at once).
 *
 * @example
 *   const links = createLinkChecks(createLinkChecker({ cacheFile }))
 *   await lint({ ...options, extensions: [links.extension] })
 */
export function createLinkChecks(checker: LinkChecker<string>, include?: LinkFilter): LinkChecks {
  const places = new LinkPlaces()
  let linkReport: LinkReport<string> | undefined

  const extension: LintExtension = {
    onFile: (entry) => {
      for (const link of entry.links) {
        if (!/^https?:/i.test(link.url) || (include && !include(entry.path, link.url))) continue
        const first = places.add(entry.path, link)
        // With `--changed`, every link checked is one the change adds: its failure is the change's, at once.
        if (first) checker.add(first.url, first.url, include ? { changed: true } : undefined)
      }
    },
    finish: async (index) => {
      linkReport = await checker.finish()
      for (const verdict of linkReport.verdicts) {
        for (const written of verdict.places) {
          for (const place of places.placesOf(written)) {
            const entry = index.byPath.get(place.file)
            if (entry) for (const problem of problemsAt(verdict, place)) reportProblem(entry, problem)
          }
        }
      }
    }
  }

  // After `--fix` rewrote files, lint them again without new requests: each
  // link's verdict is looked up by URL at its new place.
  const replay = (): LintExtension => {
    const verdicts = new Map<string, LinkVerdict<string>>(
      (linkReport?.verdicts ?? []).map((verdict) => [verdict.url, verdict])
    )
    return {
      onFile: (entry) => {
        for (const link of entry.links) {
          const verdict = verdicts.get(normalize(link.url))
          if (!verdict) continue
          for (const problem of problemsAt(verdict, placeOf(entry, link))) reportProblem(entry, problem)
        }
      }
    }
  }

  return { extension, replay, report: () => linkReport }
}

function placeOf(entry: IndexedFile, link: LinkReference): LinkPlace {
  return {
    url: link.url,
    file: entry.path,
    line: link.position.start.line,
    column: link.position.start.column,
    endLine: link.position.end.line,
    endColumn: link.position.end.column,
    destinationStart: link.destination?.start ?? -1,
    destinationEnd: link.destination?.end ?? -1
  }
}

function reportProblem(entry: IndexedFile, problem: LinkProblem & { occurrence: LinkPlace }): void {
  const { line, column, endLine, endColumn, destinationStart: start, destinationEnd: end } = problem.occurrence
  const fixable = problem.finalUrl !== undefined && start >= 0
  const message = report(entry.file, fixable ? `${problem.message} (fixable with --fix)` : problem.message, {
    ruleId: problem.ruleId,
    place: { start: { line, column }, end: { line: endLine, column: endColumn } },
    severity: problem.severity,
    source: 'roadmap-lint'
  })
  if (fixable && problem.finalUrl !== undefined)
    entry.fixes.set(message, [{ start, end, text: destinationText(problem.finalUrl) }])
}

function normalize(url: string): string {
  try {
    return new URL(url).href
  } catch {
    return url
  }
}
