import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { docsBaseUrl as coreDocsBaseUrl } from '@roadmap/core/pipeline-light'
import type { RuleHelp, RuleMeta } from '../formatters/types.js'
import { docsBaseUrl } from '../rule-ids.js'
import { helpFromDocsPage } from './docs-page-help.js'

/**
 * Where the rule pages are, by the URL they are published at: this package's
 * `docs/rules/`, and the core's, which its package ships beside its code.
 */
export function docsFolders(): ReadonlyArray<{ url: string; folder: URL }> {
  const corePackage = createRequire(import.meta.url).resolve('@roadmap/core/package.json')
  return [
    { url: docsBaseUrl, folder: new URL('../../docs/rules/', import.meta.url) },
    { url: coreDocsBaseUrl, folder: new URL('docs/rules/', pathToFileURL(corePackage)) }
  ]
}

/**
 * `rules`, each with its help read from its docs page when the page is one of
 * this package's or the core's (`docs/rules/`); a rule documented elsewhere
 * keeps what it has.
 *
 * @example
 *   formatters.sarif(results, { color: false, rules: await withRuleHelp(allRuleMeta), version })
 */
export async function withRuleHelp<Rule extends RuleMeta>(
  rules: ReadonlyArray<Rule>
): Promise<Array<Rule & { help?: RuleHelp }>> {
  const folders = docsFolders()
  return Promise.all(
    rules.map(async (rule) => {
      const docs = folders.find(({ url }) => rule.url.startsWith(url))
      const name = docs && rule.url.slice(docs.url.length)
      if (rule.help || !docs || name === undefined || !/^[a-z0-9-]+\.md$/.test(name)) return rule
      // A page missing from the package (tests make sure none is) leaves the
      // report its short help, the description and a link, not without a report.
      const page = await readFile(new URL(name, docs.folder), 'utf8').catch(() => undefined)
      return page === undefined ? rule : { ...rule, help: helpFromDocsPage(page, rule.url) }
    })
  )
}
