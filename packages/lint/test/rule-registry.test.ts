// The one rule list (`allRuleMeta`): every rule once, and everything that
// lists rules agrees with it: the id constants, the README's table, the docs
// pages (rule-docs.test.ts) and the files said to report each rule.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { coreRuleIds } from '@roadmap/core/pipeline'
import { describe, expect, test } from 'vitest'
import { lintRuleIds } from '../src/rule-ids.js'
import { allRuleMeta, lintRules } from '../src/rules/index.js'
import { linkRuleIds } from '../src/rule-ids.js'

const packageRoot = join(import.meta.dirname, '..')
const repoRoot = join(packageRoot, '..', '..')
const ids = allRuleMeta.map((rule) => rule.id)

test('every rule is listed once, sorted by id, and every id constant names one', () => {
  expect(new Set(ids).size).toBe(ids.length)
  expect([...ids].sort()).toEqual(ids)
  const constants = [...Object.values(coreRuleIds), ...Object.values(lintRuleIds)]
  expect([...constants].sort()).toEqual(ids)
  expect(Object.values(lintRuleIds)).toEqual(expect.arrayContaining(Object.values(linkRuleIds)))
})

test("the README's rule table is the list: id, default severity, fixable, description", () => {
  const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('\n## ', readme.indexOf('## Rules') + 1))
  const rows = [
    ...section.matchAll(
      /^\| \[`([a-z0-9-]+)`\]\(((?:\.\.\/core\/)?docs\/rules\/)\1\.md\) \| (error|warning) \| (yes)? \| (.+) \|$/gm
    )
  ].map(([, id, folder, severity, fixable, description]) => ({
    id,
    docs: folder,
    defaultSeverity: severity,
    fixable: fixable === 'yes',
    description
  }))
  expect(rows).toEqual(
    allRuleMeta.map(({ id, url, defaultSeverity, fixable, description }) => ({
      id,
      // Each package documents its own rules: the core's pages are in the core.
      docs: url.includes('/packages/core/') ? '../core/docs/rules/' : 'docs/rules/',
      defaultSeverity,
      fixable,
      description
    }))
  )
})

describe('the files said to report each rule', () => {
  test('exist', () => {
    const missing = allRuleMeta.flatMap((rule) =>
      rule.implementedIn.filter((file) => !existsSync(join(repoRoot, file))).map((file) => `${rule.id}: ${file}`)
    )
    expect(missing).toEqual([])
  })

  test("of this package's rules: one file each, named by the id, exporting it", async () => {
    for (const rule of lintRules) {
      expect(rule.meta.implementedIn).toEqual([`packages/lint/src/rules/${rule.meta.id}.ts`])
      const module = (await import(join(repoRoot, rule.meta.implementedIn[0] as string))) as Record<string, unknown>
      expect(Object.values(module)).toContain(rule)
    }
  })

  test("of the core's rules: exactly the core's files that report it", () => {
    const source = join(repoRoot, 'packages/core/src')
    const files = sourceFiles(source).map((file) => ({
      path: relative(repoRoot, file).split('\\').join('/'),
      text: readFileSync(file, 'utf8')
    }))
    for (const [name, id] of Object.entries(coreRuleIds)) {
      const reporting = files
        .filter((file) => new RegExp(`coreRuleIds\\.${name}\\b`).test(file.text))
        .map((file) => file.path)
      const rule = allRuleMeta.find((entry) => entry.id === id)
      expect([...reporting].sort(), id).toEqual([...(rule?.implementedIn ?? [])].sort())
    }
  })
})

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    // The ids and the table of the rules the parser reports name every rule; the files that report one name it alone.
    const lists = entry.name === 'rule-ids.ts' || entry.name === 'format-rules.ts'
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !lists ? [path] : []
  })
}
