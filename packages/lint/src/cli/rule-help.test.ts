import { readFile } from 'node:fs/promises'
import { expect, test } from 'vitest'
import { allRuleMeta } from '../rules/index.js'
import { docsFolders, withRuleHelp } from './rule-help.js'

test("every rule's help is its docs page, this package's or the core's", async () => {
  const rules = await withRuleHelp(allRuleMeta)
  expect(rules.map((rule) => rule.id)).toEqual(allRuleMeta.map((rule) => rule.id))
  for (const rule of rules) {
    const docs = docsFolders().find(({ url }) => rule.url.startsWith(url))
    expect(docs, rule.id).toBeDefined()
    const page = await readFile(new URL(`${rule.id}.md`, docs?.folder), 'utf8')
    // The page's title and its first paragraph, in both forms.
    const [title = '', summary = ''] = page.split('\n\n')
    expect(rule.help?.markdown.startsWith(`${title}\n\n`), rule.id).toBe(true)
    expect(rule.help?.text.startsWith(`${title.replace(/^# |`/g, '')}\n\n`), rule.id).toBe(true)
    expect(rule.help?.markdown, rule.id).toContain(summary.split('](')[0])
  }
})

test('a rule documented elsewhere, or with help already, is left as it is', async () => {
  const elsewhere = { ...allRuleMeta[0]!, url: 'https://example.com/rules/x.md' }
  const helped = { ...allRuleMeta[1]!, help: { text: 'Mine.', markdown: 'Mine.' } }
  const [first, second] = await withRuleHelp([elsewhere, helped])
  expect(first).toBe(elsewhere)
  expect(second).toBe(helped)
})

test('a name that is not a page of the docs folder is not read', async () => {
  const outside = { ...allRuleMeta[0]!, url: `${allRuleMeta[0]!.url.replace(/[^/]+$/, '')}../../package.json` }
  expect((await withRuleHelp([outside]))[0]).toBe(outside)
})
