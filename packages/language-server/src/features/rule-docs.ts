import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
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
  return page
    ? `${absoluteLinks(page.trim(), meta.url)}\n\n${link}`
    : `**${meta.id}** (${meta.defaultSeverity}): ${meta.description}\n\n${link}`
}

// A page links to its neighbours relatively; in a hover they resolve against the page's published URL.
function absoluteLinks(page: string, url: string): string {
  return page.replace(
    /\]\((?![a-z][a-z0-9+.-]*:|#)([^)\s]+)/gi,
    (_, target: string) => `](${new URL(target, url).href}`
  )
}

function readPage(url: string): string | undefined {
  const match = pageUrl.exec(url)
  if (!match) return undefined
  const [, name = '', page = ''] = match
  for (const folder of docsFolders(name)) {
    try {
      return readFileSync(join(folder, page), 'utf8')
    } catch {
      // Not in this folder: the next, and without any, the link alone.
    }
  }
  return undefined
}

// The package's own docs when it is installed; in the VS Code extension's
// bundle, the copies beside the server (`docs/<package>/rules/`).
function docsFolders(name: string): string[] {
  const folders = [join(dirname(fileURLToPath(import.meta.url)), 'docs', name, 'rules')]
  try {
    folders.unshift(
      join(dirname(createRequire(import.meta.url).resolve(`@roadmap/${name}/package.json`)), 'docs', 'rules')
    )
  } catch {
    // Not installed beside the server: the bundle.
  }
  return folders
}
