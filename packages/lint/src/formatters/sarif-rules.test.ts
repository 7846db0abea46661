import { expect, test } from 'vitest'
import { sarifRules } from './sarif-rules.js'
import type { RuleMeta } from './types.js'

const known: RuleMeta = {
  id: 'heading-id',
  description: 'Headings have ids',
  url: 'https://example.com/rules/heading-id.md',
  defaultSeverity: 'error'
}

test("a rule's help is the one given, as given", () => {
  const help = { text: 'Headings have ids.\n\nWhy: …', markdown: '# `heading-id`\n\nWhy: …' }
  expect(sarifRules([{ ...known, help }], [])[0]?.help).toBe(help)
})

test('without one, the help says the description and links to the docs', () => {
  expect(sarifRules([known], [])[0]?.help).toEqual({
    text: 'Headings have ids\n\nSee https://example.com/rules/heading-id.md',
    markdown: "Headings have ids\n\nSee [the rule's documentation](https://example.com/rules/heading-id.md)."
  })
})

test('a rule seen only in results has help too: its docs link, or its id', async () => {
  const { VFile } = await import('vfile')
  const file = new VFile({ path: 'content/a.md' })
  file.message('Broken', { ruleId: 'link-dead', source: 'x' }).url = 'https://example.com/rules/link (dead).md'
  file.message('Odd', { ruleId: 'no-docs', source: 'x' })
  const { diagnosticsOf } = await import('./diagnostics.js')
  const [, dead, noDocs] = sarifRules([known], diagnosticsOf([file]))
  // A `(`, `)` or space would end the Markdown link early.
  expect(dead?.help.markdown).toBe(
    "link-dead\n\nSee [the rule's documentation](https://example.com/rules/link%20%28dead%29.md)."
  )
  expect(noDocs?.help).toEqual({ text: 'no-docs', markdown: 'no-docs' })
})
