import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { allRuleMeta } from '@roadmap/lint'

const pageUrl = /\/packages\/(core|lint)\/docs\/rules\/([a-z0-9-]+\.md)$/

/**
 * A rule's docs as Markdown for a hover: its page from the installed package
 * (`docs/rules/<id>.md`, the page its diagnostics link to), else its one-line
 * description and the link. `undefined` for an id no rule has.
 *
 * @example
 *   ruleDocs('heading-depth') // '# heading-depth\n\n…'
 */
export function ruleDocs(ruleId: string): string | undefined {
  const meta = allRuleMeta.find((rule) => rule.id === ruleId)
  if (!meta) return undefined
  const page = readPage(meta.url)
  const link = `[${meta.id} docs](${meta.url})`
  return page ? `${page.trim()}\n\n${link}` : `**${meta.id}** (${meta.defaultSeverity}): ${meta.description}\n\n${link}`
}

function readPage(url: string): string | undefined {
  const match = pageUrl.exec(url)
  if (!match) return undefined
  try {
    const manifest = createRequire(import.meta.url).resolve(`@roadmap/${match[1]}/package.json`)
    return readFileSync(join(dirname(manifest), 'docs', 'rules', match[2] ?? ''), 'utf8')
  } catch {
    // A bundle without the packages' docs (the VS Code extension) links to them instead.
    return undefined
  }
}
