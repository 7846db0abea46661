// The published package, as a consumer gets it: `pnpm pack`, install the
// tarball in a new project (offline and frozen, from the workspace's lockfile
// and store: `@roadmap/pack-consumer`), then import, require and type-check it.
import { beforeAll, describe, expect, inject, test } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { roadmaps } from '../../dist/data.js'
import { coreRules } from '../../dist/pipeline-light.js'
import { consumerTools } from './helpers.js'

const backendSteps = String(roadmaps.find((roadmap) => roadmap.id === 'backend')?.steps.length)
// `require()` of an ES module works without a flag from Node 20.19 and 22.12.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
const nodeRequiresEsm = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19)

const { directory: consumer, files: packedFiles } = inject('consumer')
const { exec, write, tsc } = consumerTools(consumer)

describe('the tarball', () => {
  test('holds the built files, the dataset and the schema; no tests, maps or sources', () => {
    expect(packedFiles).toContain('package.json')
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'dist/data.js',
        'dist/data.d.ts',
        'dist/data.json',
        'dist/node.js',
        'dist/skeleton.js',
        'dist/skeleton.d.ts',
        'dist/search/index.js',
        'dist/roadmap.schema.json',
        ...roadmaps.flatMap((roadmap) => [`dist/data/${roadmap.id}.js`, `dist/data/${roadmap.id}.d.ts`])
      ])
    )
    expect(packedFiles.filter((path) => /\.test\.|\.map$|^src\/|^test\/|^scripts\//.test(path))).toEqual([])
    // npm always adds these from the package folder.
    const always = /^(package\.json|(README|LICENSE|LICENCE|CHANGELOG)(\.[a-z]+)?)$/i
    expect(packedFiles.filter((path) => !always.test(path) && !path.startsWith('dist/'))).toEqual(
      // Each core rule's docs page, which its messages link to, ships with the rule.
      coreRules.map((rule) => `docs/rules/${rule.meta.id}.md`).sort()
    )
  })
})

// Node and tsc processes: slow on a busy machine.
describe('a consumer of the installed package', { timeout: 60_000 }, () => {
  test('imports `@roadmap/core/data` and the other entry points as ES modules', async () => {
    await write({
      'esm.js': [
        "import { roadmaps } from '@roadmap/core/data'",
        "import { findRoadmap, stepsInDependencyOrder } from '@roadmap/core'",
        "import { closest, listResources } from '@roadmap/core/query'",
        "import { RoadmapSchema } from '@roadmap/core/schema'",
        "import { RoadmapError } from '@roadmap/core/errors'",
        "import * as core from '@roadmap/core'",
        "const backend = findRoadmap(roadmaps, 'backend')",
        'RoadmapSchema.parse(backend)',
        'console.log(backend.steps.length, stepsInDependencyOrder(backend).length, listResources(backend).length > 0)',
        "console.log(closest('databses', backend.steps.map((step) => step.id)), RoadmapError === core.RoadmapError)"
      ].join('\n')
    })
    const { stdout } = await exec(process.execPath, ['esm.js'], consumer)
    expect(stdout).toBe(`${backendSteps} ${backendSteps} true\ndatabases true\n`)
  })

  test('imports every entry point of the exports map, one module per roadmap included', async () => {
    const { exports } = JSON.parse(
      await readFile(join(consumer, 'node_modules/@roadmap/core/package.json'), 'utf8')
    ) as {
      exports: Record<string, unknown>
    }
    const entries = Object.keys(exports)
      .filter((entry) => !entry.endsWith('.json') && !entry.includes('*'))
      .concat(roadmaps.map((roadmap) => `./data/${roadmap.id}`))
      .map((entry) => entry.replace(/^\./, '@roadmap/core'))
    await write({
      'entries.js': `const entries = ${JSON.stringify(entries)}
const found = {}
for (const entry of entries) found[entry] = Object.keys(await import(entry)).length
console.log(JSON.stringify(found))
`
    })
    const found = JSON.parse((await exec(process.execPath, ['entries.js'], consumer)).stdout) as Record<string, number>
    expect(Object.keys(found)).toEqual(entries)
    expect(Object.entries(found).filter(([, count]) => count === 0)).toEqual([])
  })

  test.runIf(nodeRequiresEsm)(
    'requires `@roadmap/core/data` from CommonJS (Node >= 20.19: require of ES modules)',
    async () => {
      await write({
        'commonjs.cjs': [
          "const { roadmaps } = require('@roadmap/core/data')",
          "const { findStep } = require('@roadmap/core')",
          "if (require('@roadmap/core/data/backend').roadmap.id !== 'backend') throw new Error('per-roadmap module')",
          "const backend = roadmaps.find((roadmap) => roadmap.id === 'backend')",
          "console.log(backend.steps.length, findStep(backend, 'databases').id, require('@roadmap/core/package.json').name)"
        ].join('\n')
      })
      const { stdout } = await exec(process.execPath, ['commonjs.cjs'], consumer)
      expect(stdout).toBe(`${backendSteps} databases @roadmap/core\n`)
    }
  )

  test('resolves `@roadmap/core/roadmap.schema.json` and imports it as JSON', async () => {
    await write({
      'schema.js': [
        "import schema from '@roadmap/core/roadmap.schema.json' with { type: 'json' }",
        "import { createRequire } from 'node:module'",
        "const path = createRequire(import.meta.url).resolve('@roadmap/core/roadmap.schema.json')",
        "console.log(import.meta.resolve('@roadmap/core/roadmap.schema.json').endsWith('/dist/roadmap.schema.json'), path.endsWith('roadmap.schema.json'), schema.$schema)"
      ].join('\n')
    })
    const { stdout } = await exec(process.execPath, ['schema.js'], consumer)
    expect(stdout).toBe('true true https://json-schema.org/draft/2020-12/schema\n')
  })

  describe('TypeScript', () => {
    const compilerOptions = {
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      // Check the package's declarations too, not only the consumer's code.
      skipLibCheck: false,
      target: 'es2022',
      // zod and vfile declarations name the global `URL`, as in any browser or Node project.
      lib: ['es2023', 'dom'],
      types: []
    }

    beforeAll(async () => {
      await write({
        'src/use.ts': `import {
  findRoadmap,
  findStep,
  findTopic,
  listResources,
  parseStep,
  stepsInDependencyOrder,
  type Level,
  type ReadonlyResource,
  type ReadonlyRoadmap,
  type ReadonlyStep,
  type ReadonlyTopic,
  type Roadmap,
  type Step
} from '@roadmap/core'
import { roadmaps } from '@roadmap/core/data'
import { RoadmapSchema } from '@roadmap/core/schema'

const backend: ReadonlyRoadmap | undefined = findRoadmap(roadmaps, 'backend')
const step: ReadonlyStep | undefined = backend && findStep(backend, 'databases')
const topic: ReadonlyTopic | undefined = backend && findTopic(backend, 'databases', 'indexing')
const resources: readonly ReadonlyResource[] = backend ? listResources(backend).map((entry) => entry.resource) : []
const ordered: readonly ReadonlyStep[] = backend ? stepsInDependencyOrder(backend) : []
const level: Level | undefined = step?.level
const parsed = parseStep('---\\ntitle: T\\n---\\n', { path: 'backend/01-step.md' })
const parsedStep: Step | undefined = parsed.value
const lines: number[] = parsed.diagnostics.map((diagnostic) => diagnostic.line ?? 0)
const blocks: number = parsed.tree?.children.length ?? 0
const checked: Roadmap = RoadmapSchema.parse(backend)
// Parsed data is the app's own, and mutable; the helpers keep its type.
const mutableStep: Step | undefined = findStep(checked, 'databases')
mutableStep?.topics.push({ ...mutableStep.topics[0]!, id: 'copy' })

export const summary = [topic?.id, resources.length, ordered.length, level, parsedStep?.id, lines, blocks, checked.id, mutableStep?.id]
`,
        'wrong/use.ts': `import { findTopic, type Level, type Roadmap, type Topic } from '@roadmap/core'
import { roadmaps } from '@roadmap/core/data'

export const level: Level = 'expert'
export const topic = (roadmap: Roadmap): Topic => findTopic(roadmap, 'databases', 'indexing')
roadmaps[0]?.steps.push(roadmaps[0].steps[0]!)
export const mutable: Roadmap | undefined = roadmaps[0]
`,
        'tsconfig.bundler.json': JSON.stringify({
          compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'bundler' },
          files: ['src/use.ts']
        }),
        'tsconfig.nodenext.json': JSON.stringify({
          compilerOptions: { ...compilerOptions, module: 'nodenext', moduleResolution: 'nodenext' },
          files: ['src/use.ts']
        }),
        'tsconfig.wrong.json': JSON.stringify({ extends: './tsconfig.bundler.json', files: ['wrong/use.ts'] })
      })
    })

    test.each(['bundler', 'nodenext'])('the types check under `moduleResolution: %s`', async (resolution) => {
      await expect(tsc(`tsconfig.${resolution}.json`)).resolves.toMatchObject({ stdout: '' })
    })

    test('a type error in the consumer fails the check (so the check can fail)', async () => {
      const error = await tsc('tsconfig.wrong.json').then(
        () => undefined,
        (error: Error) => error.message
      )
      // The real union of levels (not `any`): the package's types were found and used.
      expect(error).toMatch(
        /wrong\/use\.ts\(4,14\): error TS2322: Type '"expert"' is not assignable to type '[^']*"beginner"[^']*'/
      )
      // `findTopic` may find nothing.
      expect(error).toMatch(/wrong\/use\.ts\(5,51\): error TS2322: [^\n]*\| undefined' is not assignable/)
      // The dataset is frozen at runtime, and its types say so, all the way down.
      expect(error).toMatch(/wrong\/use\.ts\(6,20\): error TS2339: Property 'push' does not exist on type 'readonly /)
      expect(error).toMatch(
        /wrong\/use\.ts\(7,14\): error TS2322: Type '\w+Roadmap[^']*' is not assignable to type 'Roadmap/
      )
    })
  })
})
