// Docs examples are tests: each link rule's page lists, under "## Messages",
// the exact messages for the example results in __fixtures__/results.ts.
import { readFile } from 'node:fs/promises'
import { expect, test } from 'vitest'
import { reportOf, ruleExamples } from './__fixtures__/link-results.js'
import { linkProblems } from './link-problems.js'
import { linkRuleIds, linkRules } from '../rules/link-rules.js'

const docs = new URL('../../docs/rules/', import.meta.url)

test('every link rule id has metadata, a docs URL and an example', () => {
  expect(linkRules.map((rule) => rule.id).sort()).toEqual(Object.values(linkRuleIds).sort())
  for (const rule of linkRules) {
    expect(rule.url).toBe(`https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/${rule.id}.md`)
    expect(ruleExamples[rule.id]?.length, rule.id).toBeGreaterThan(0)
  }
  expect(linkRules.find((rule) => rule.id === 'link-broken')?.defaultSeverity).toBe('error')
  expect(linkRules.filter((rule) => rule.defaultSeverity === 'error')).toHaveLength(1)
})

test.each(linkRules.map((rule) => [rule.id, rule] as const))(
  'docs/rules/%s.md shows the exact messages',
  async (id, rule) => {
    const page = await readFile(new URL(`${id}.md`, docs), 'utf8')
    expect(page.startsWith(`# ${id}\n\n${rule.description}.\n`)).toBe(true)
    expect(page).toContain(`- Default severity: **${rule.defaultSeverity}**`)
    const section = page.slice(page.indexOf('## Messages'))
    const documented = /```text\n([\s\S]*?)```/.exec(section)?.[1]?.split('\n').filter(Boolean)
    const problems = linkProblems(reportOf(ruleExamples[id] ?? []))
    expect(problems.every((problem) => problem.ruleId === id)).toBe(true)
    expect(documented).toEqual(problems.map((problem) => problem.message))
  }
)
