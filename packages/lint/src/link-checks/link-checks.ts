import type { LinkSummary } from '@roadmap/core/pipeline-light'
import type { LinkChecker, LinkReport, LinkVerdict } from '@roadmap/links'
import { checkLink } from '../engine/check-link.js'
import type { LintExtension } from '../engine/lint.js'
import type { IndexedFile } from '../rule/content.js'
import type { LinkRule } from '../rule/define-rule.js'
import { lintRules } from '../rules/index.js'
import type { LinkFilter } from './new-links.js'

/** The link checks of one lint run: the extension, its replay after `--fix`, and the checker's report. */
export interface LinkChecks {
  extension: LintExtension
  /** An extension that judges the links again at their places now, by the verdicts known by URL, without new requests. */
  replay: () => LintExtension
  /** The checker's report, once the extension's `finish` ran. */
  report: () => LinkReport<string> | undefined
}

const linkRules = lintRules.filter((rule): rule is LinkRule => rule.scope === 'link')

/** A link as a file uses it. */
interface LinkUse {
  entry: IndexedFile
  link: LinkSummary
}

/**
 * The link checker as a lint extension: every external link of a selected
 * file goes to the checker as soon as the file is checked, once per URL as
 * written, and when the run ends the link rules judge every place it is used
 * by the checker's verdict. `include` narrows the links checked (`--changed`
 * checks only the links it adds).
 *
 * @example
 *   const links = createLinkChecks(createLinkChecker({ cacheFile }))
 *   await lint({ ...options, extensions: [links.extension] })
 */
export function createLinkChecks(checker: LinkChecker<string>, include?: LinkFilter): LinkChecks {
  const uses = new Map<string, LinkUse[]>()
  let linkReport: LinkReport<string> | undefined

  const extension: LintExtension = {
    onFile: (entry) => {
      for (const link of entry.summary.links) {
        if (!/^https?:/i.test(link.url) || (include && !include(entry.path, link.url))) continue
        const known = uses.get(link.url)
        if (known) known.push({ entry, link })
        else {
          uses.set(link.url, [{ entry, link }])
          checker.add(link.url, link.url)
        }
      }
    },
    finish: async () => {
      linkReport = await checker.finish()
      for (const verdict of linkReport.verdicts)
        for (const written of verdict.places)
          for (const { entry, link } of uses.get(written) ?? []) checkLink(entry, link, verdict, linkRules)
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
        for (const link of entry.summary.links) {
          const verdict = verdicts.get(normalize(link.url))
          if (verdict) checkLink(entry, link, verdict, linkRules)
        }
      }
    }
  }

  return { extension, replay, report: () => linkReport }
}

function normalize(url: string): string {
  try {
    return new URL(url).href
  } catch {
    return url
  }
}
