import { readFile } from 'node:fs/promises'
import { docsBaseUrl } from '@roadmap/core/pipeline-light'
import type { RuleHelp, RuleMeta } from '../formatters/types.js'
import { helpFromDocsPage } from './docs-page-help.js'

/** This package's rule pages, which its `docs` folder ships. */
const docsFolder = new URL('../../docs/rules/', import.meta.url)

/**
 * `rules`, each with its help read from its docs page when the page is one of
 * this package's (`docs/rules/`); a rule documented elsewhere keeps what it has.
 *
 * @example
 *   formatters.sarif(results, { color: false, rules: await withRuleHelp(allRuleMeta), version })
 */
export async function withRuleHelp<Rule extends RuleMeta>(
  rules: ReadonlyArray<Rule>
): Promise<Array<Rule & { help?: RuleHelp }>> {
  return Promise.all(
    rules.map(async (rule) => {
      const name = rule.url.startsWith(docsBaseUrl) ? rule.url.slice(docsBaseUrl.length) : undefined
      if (rule.help || name === undefined || !/^[a-z0-9-]+\.md$/.test(name)) return rule
      // A page missing from the package (tests make sure none is) leaves the
      // report its short help, the description and a link, not without a report.
      const page = await readFile(new URL(name, docsFolder), 'utf8').catch(() => undefined)
      return page === undefined ? rule : { ...rule, help: helpFromDocsPage(page, rule.url) }
    })
  )
}
