// The repository's import rules (.dependency-cruiser.cjs): no cycles, no
// relative import into another package, no layer importing one above it.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser'
import { describe, expect, test } from 'vitest'

const root = join(import.meta.dirname, '..', '..', '..')
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration

async function violations(paths: string[], exclude = '(^|/)(node_modules|dist)/'): Promise<string[]> {
  const previous = process.cwd()
  // dependency-cruiser matches rule paths against paths relative to the working directory.
  process.chdir(root)
  try {
    const { output } = await cruise(paths, {
      ...config.options,
      exclude: { path: exclude },
      ruleSet: config,
      validate: true,
      outputType: 'json'
    })
    const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult
    return result.summary.violations.map(
      (violation) =>
        `${violation.rule.name}: ${violation.from} → ${violation.to}${violation.cycle ? ` (${violation.cycle.map((step) => step.name).join(' → ')})` : ''}`
    )
  } finally {
    process.chdir(previous)
  }
}

test('no package breaks an import rule', async () => {
  // Less the fixture below, which breaks a rule on purpose.
  expect(await violations(['packages', 'tools', 'bench/src'], '(^|/)(node_modules|dist|fixtures)/')).toEqual([])
}, 120_000)

describe('the rules can fail', () => {
  test('a cycle of type imports is reported', async () => {
    const found = await violations(['tools/architecture/test/fixtures/cycle'])
    expect(found).toEqual([
      expect.stringMatching(/^no-circular: tools\/architecture\/test\/fixtures\/cycle\/(a|b)\.ts → /)
    ])
  })

  test('a layer importing one above it is forbidden; one below is not', () => {
    const layerRules = (config.forbidden ?? []).flatMap((rule) =>
      rule.name?.startsWith('layer-') && 'to' in rule ? [rule] : []
    )
    expect(layerRules.length).toBeGreaterThan(10)
    const forbidden = (from: string, to: string) =>
      layerRules.some(
        (rule) =>
          new RegExp(String(rule.from.path)).test(from) &&
          !(rule.from.pathNot !== undefined && new RegExp(String(rule.from.pathNot)).test(from)) &&
          new RegExp(String(rule.to.path)).test(to)
      )
    expect(forbidden('packages/lint/src/rule/content.ts', 'packages/lint/src/engine/lint.ts')).toBe(true)
    expect(forbidden('packages/lint/src/rules/url-insecure.ts', 'packages/lint/src/fix/fix-files.ts')).toBe(true)
    expect(forbidden('packages/links/src/request/chain.ts', 'packages/links/src/checker/checker.ts')).toBe(true)
    expect(forbidden('packages/core/src/validate/summary.ts', 'packages/core/src/file/parse-file.ts')).toBe(true)
    expect(forbidden('packages/core/src/validate/requires.test.ts', 'packages/core/src/file/parse-file.ts')).toBe(false)
    expect(forbidden('packages/lint/src/engine/lint.ts', 'packages/lint/src/rule/content.ts')).toBe(false)
    expect(forbidden('packages/lint/src/cli/run.ts', 'packages/lint/src/engine/lint.ts')).toBe(false)
  })
})
