// The repository's import rules (.dependency-cruiser.cjs): no cycles, no
// relative import into another package, no layer importing one above it, in
// the packages, the tools and the site.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { config, cruiseRepository, violationsOf } from './helpers/cruise.js'
import { webMirror } from './helpers/web-mirror.js'

let web: Awaited<ReturnType<typeof webMirror>>
beforeAll(async () => {
  web = await webMirror()
})
afterAll(async () => {
  await web?.remove()
})

test('no package or tool breaks an import rule', async () => {
  // Less the fixture below, which breaks a rule on purpose.
  const result = await cruiseRepository(['packages', 'tools', 'bench/src'], {
    exclude: '(^|/)(node_modules|dist|fixtures)/'
  })
  expect(violationsOf(result)).toEqual([])
}, 120_000)

test('the site breaks no import rule; its components, pages and browser scripts were all read', async () => {
  const result = await cruiseRepository(['apps/web/src'], { cwd: web.root })
  expect(violationsOf(result)).toEqual([])
  // The copy of each component holds its imports: a page reaches its layout and components.
  const page = result.modules.find((module) => module.source === 'apps/web/src/pages/roadmaps/[roadmap]/index.astro.ts')
  expect(page?.dependencies.map((dependency) => dependency.resolved)).toEqual(
    expect.arrayContaining(['apps/web/src/layouts/Page.astro.ts', 'apps/web/src/components/StepPath.astro.ts'])
  )
  const layout = result.modules.find((module) => module.source === 'apps/web/src/layouts/Page.astro.ts')
  expect(layout?.dependencies.map((dependency) => dependency.resolved)).toContain(
    'apps/web/src/progress/progress-client.ts'
  )
}, 60_000)

describe('the rules can fail', () => {
  test('a cycle of type imports is reported', async () => {
    const found = violationsOf(await cruiseRepository(['tools/architecture/test/fixtures/cycle']))
    expect(found).toEqual([
      expect.stringMatching(/^no-circular: tools\/architecture\/test\/fixtures\/cycle\/(a|b)\.ts → /)
    ])
  })

  test("a relative path into another package is reported; the package's name is not", async () => {
    const found = violationsOf(await cruiseRepository(['tools/architecture/test/fixtures/cross-package']))
    expect(found).toEqual([
      'no-relative-import-across-packages: tools/architecture/test/fixtures/cross-package/reach-in.js → packages/errors/src/index.ts'
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
    expect(forbidden('packages/lint/src/rule/define-rule.ts', 'packages/lint/src/files/lint.ts')).toBe(true)
    expect(forbidden('packages/lint/src/rules/url-insecure.ts', 'packages/lint/src/linter/apply-fixes.ts')).toBe(true)
    expect(forbidden('packages/links/src/request/chain.ts', 'packages/links/src/checker/checker.ts')).toBe(true)
    expect(forbidden('packages/core/src/validate/summary.ts', 'packages/core/src/file/parse-file.ts')).toBe(true)
    expect(forbidden('packages/core/src/validate/requires.test.ts', 'packages/core/src/file/parse-file.ts')).toBe(false)
    expect(forbidden('packages/lint/src/files/lint.ts', 'packages/lint/src/rule/define-rule.ts')).toBe(false)
    expect(forbidden('packages/lint/src/cli/run.ts', 'packages/lint/src/files/lint.ts')).toBe(false)
    expect(forbidden('apps/web/src/components/StepPath.astro.ts', 'apps/web/src/layouts/Page.astro.ts')).toBe(true)
    expect(forbidden('apps/web/src/site/paths.ts', 'apps/web/src/search/search-entry.ts')).toBe(true)
    expect(forbidden('apps/web/src/pages/index.astro.ts', 'apps/web/src/components/ProgressBar.astro.ts')).toBe(false)
  })

  test('a browser script that loads the dataset is reported, as is a component importing a page', async () => {
    const broken = await webMirror()
    try {
      await writeFile(
        join(broken.root, 'apps/web/src/progress/progress-client.ts'),
        "import { roadmaps } from '@roadmap/core/data'\nconsole.log(roadmaps)\n"
      )
      await writeFile(
        join(broken.root, 'apps/web/src/components/ProgressBar.astro.ts'),
        "import '../pages/search.astro'\n"
      )
      expect(violationsOf(await cruiseRepository(['apps/web/src'], { cwd: broken.root }))).toEqual(
        expect.arrayContaining([
          'web-browser-code-without-dataset: apps/web/src/progress/progress-client.ts → @roadmap/core/data',
          'layer-web-components: apps/web/src/components/ProgressBar.astro.ts → apps/web/src/pages/search.astro.ts'
        ])
      )
    } finally {
      await broken.remove()
    }
  }, 60_000)
})
