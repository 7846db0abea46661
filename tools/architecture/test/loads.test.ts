// What loading a built module loads (the `load-*` rules of
// .dependency-cruiser.cjs): the built files, as Node.js loads them, static
// imports only. TypeScript has dropped type imports there, and kept the
// `import {} from 'x'` that `import { type X } from 'x'` becomes, which does load `x`.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ICruiseResult } from 'dependency-cruiser'
import { beforeAll, describe, expect, test } from 'vitest'
import { config, cruiseRepository, repoRoot, violationsOf } from './helpers/cruise.js'

/** The entry points the rules are about; the graph is what they load. */
const entries = [
  'packages/lint/dist/index.js',
  'packages/lint/dist/cli/bin.js',
  'packages/lint/dist/cli/link-run.js',
  'packages/core/dist/pipeline.js',
  'packages/core/dist/pipeline-light.js',
  'packages/links/dist/thread.js',
  'packages/links/dist/thread/worker.js'
]
// Packages in node_modules stay in the graph (not followed): the rules name them.
const builtOnly = '\\.test\\.|__fixtures__'

let loads: ICruiseResult
beforeAll(async () => {
  const missing = entries.filter((entry) => !existsSync(join(repoRoot, entry)))
  if (missing.length > 0) throw new Error(`Build the packages first (\`pnpm build\`): missing ${missing.join(', ')}`)
  loads = await cruiseRepository(entries, { exclude: builtOnly, staticOnly: true })
}, 120_000)

test('each module loads only what its rule allows, and what it must', () => {
  expect(violationsOf(loads)).toEqual([])
})

test('every load rule is about modules that exist: a moved file cannot make it pass', () => {
  const modules = loads.modules.map((module) => module.source)
  const rules = [
    ...(config.forbidden ?? []).filter((rule) => rule.name?.startsWith('load-')).map((rule) => rule.from.path),
    ...(config.required ?? []).filter((rule) => rule.name?.startsWith('load-')).map((rule) => rule.module.path)
  ]
  expect(rules.length).toBeGreaterThan(10)
  for (const path of rules)
    expect(
      modules.some((module) => new RegExp(String(path)).test(module)),
      String(path)
    ).toBe(true)
})

describe('with dynamic imports', () => {
  let all: ICruiseResult
  beforeAll(async () => {
    all = await cruiseRepository(entries, { exclude: builtOnly })
  }, 120_000)

  test('the rules can fail: the CLI loads the link checker and the parsers, the thread zod', () => {
    const broken = new Set(violationsOf(all).map((violation) => violation.split(':')[0]))
    expect([...broken].sort()).toEqual(
      expect.arrayContaining([
        'load-lint-link-checker-on-its-thread',
        'load-lint-offline-no-link-checker',
        'load-lint-parser-when-parsing',
        'load-links-worker-only-its-dependencies'
      ])
    )
  })

  test("the link cache loads its file's schema (zod) when it reads a file: by a dynamic import", () => {
    const cache = all.modules.find((module) => module.source === 'packages/links/dist/cache/cache.js')
    expect(
      cache?.dependencies
        .filter((dependency) => dependency.resolved === 'packages/links/dist/cache/cache-schema.js')
        .map((dependency) => dependency.dynamic)
    ).toEqual([true])
  })
})
