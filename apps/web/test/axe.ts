import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/**
 * The accessibility problems axe-core finds on the page (WCAG 2.1 A and AA,
 * which include colour contrast, and axe's best practices such as heading
 * order and landmarks), one line each: `rule: target`. `contrastOnly` checks
 * colour contrast alone: all that changes when only the colour scheme does.
 */
export async function accessibilityProblems(page: Page, { contrastOnly = false } = {}): Promise<string[]> {
  await page.addScriptTag({ path: axeSource })
  return page.evaluate(async (contrastOnly) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const runOnly: import('axe-core').RunOptions['runOnly'] = contrastOnly
      ? { type: 'rule', values: ['color-contrast'] }
      : ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
    const results = await axe.run(document, { runOnly })
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`)
    )
  }, contrastOnly)
}
