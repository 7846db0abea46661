// A TypeScript consumer of the installed packages: their declarations check
// under both module resolutions, and a wrong use fails the check.
import { beforeAll, describe, expect, inject, test } from 'vitest'
import { tsc, write } from './helpers.js'

const { directory: consumer } = inject('installed')

describe('TypeScript', () => {
  const compilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    // Check the packages' declarations too, not only the consumer's code.
    skipLibCheck: false,
    target: 'es2022',
    // zod and vfile declarations name the global `URL`, as in any browser or Node project.
    lib: ['es2023', 'dom'],
    // No @types/node: the packages' public types must not need it.
    types: []
  }
  const resolutions = {
    bundler: { module: 'esnext', moduleResolution: 'bundler' },
    nodenext: { module: 'nodenext', moduleResolution: 'nodenext' }
  }

  beforeAll(async () => {
    const configs: Record<string, string> = {}
    for (const [name, options] of Object.entries(resolutions)) {
      configs[`tsconfig.${name}.json`] = JSON.stringify({
        compilerOptions: { ...compilerOptions, ...options },
        files: ['src/use.ts']
      })
      // The declarations were checked above: only the consumer's file here (faster).
      configs[`tsconfig.${name}.wrong.json`] = JSON.stringify({
        extends: `./tsconfig.${name}.json`,
        compilerOptions: { skipLibCheck: true },
        files: ['wrong/use.ts']
      })
    }
    await write(consumer, {
      ...configs,
      'src/use.ts': `import {
findRoadmap,
findStep,
findTopic,
listResources,
stepsInDependencyOrder,
type ReadonlyResource,
type ReadonlyRoadmap,
type ReadonlyStep,
type ReadonlyTopic
} from '@roadmap/core'
import { roadmaps } from '@roadmap/core/data'
import { listResources as listResourcesToo } from '@roadmap/core/query'
import { defineConfig, formatters, lint, lintRules, lintText, type Formatter, type LintConfig, type LintResult, type LintTextResult } from '@roadmap/lint'
import { checkLinks, createLinkChecker, streamLinks, type LinkReport, type LinkVerdict } from '@roadmap/links'
import { LinksConfigSchema } from '@roadmap/links/config'
import { LinkCheckerThread, type LinkChecker } from '@roadmap/links/thread'

const backend: ReadonlyRoadmap | undefined = findRoadmap(roadmaps, 'backend')
const step: ReadonlyStep | undefined = backend && findStep(backend, 'databases')
const topic: ReadonlyTopic | undefined = backend && findTopic(backend, 'databases', 'indexing')
const resources: readonly ReadonlyResource[] = backend ? listResources(backend).map((entry) => entry.resource) : []
const same: number = backend ? listResourcesToo(backend).length : 0
const ordered: readonly ReadonlyStep[] = backend ? stepsInDependencyOrder(backend) : []

const config: LintConfig = defineConfig({
$schema: './node_modules/@roadmap/lint/config.schema.json',
rules: { 'title-max-length': ['warning', { max: 70 }], 'url-insecure': 'off' },
ignore: ['drafts/**']
})
const code: LintTextResult = lintText({ text: '---\ntitle: APIs\n---\n', path: '/repo/content/backend/01-apis.md', project: { files: [] } })
const json: Formatter = formatters.json
const text: string = formatters.stylish([], { color: false, rules: [], version: '1.0.0' })
const linted: Promise<LintResult> = lint({
paths: ['content'],
cwd: '.',
rules: lintRules,
config: { severities: new Map(), ruleOptions: new Map(), isIgnored: () => false }
})

const checker = createLinkChecker<{ file: string; line: number }>({ hostConcurrency: 8 })
checker.add('https://example.com/', { file: 'README.md', line: 3 })
const places: Promise<Array<{ file: string; line: number }>> = checker.finish().then((result) => result.verdicts.flatMap((verdict) => verdict.places))
const checked: Promise<LinkReport<string>> = checkLinks([{ url: 'https://example.com/', place: 'a.md' }])
const stream: AsyncIterable<LinkVerdict<number>> = streamLinks<number>(['https://example.com/'])
const linksConfig = LinksConfigSchema.parse({ retries: 1 })
const onThread: LinkChecker<string> = new LinkCheckerThread<string>().start({ hostConcurrency: 8 })

export const summary = [step?.level, topic?.id, resources.length, same, ordered.length, config, code, json, text, linted, places, checked, stream, linksConfig, onThread]
`,
      'wrong/use.ts': `import type { Level } from '@roadmap/core'
import { defineConfig, formatters } from '@roadmap/lint'
import type { LinkVerdictKind } from '@roadmap/links'

export const level: Level = 'expert'
export const config = defineConfig({ rules: { 'title-max-length': 'fatal' } })
export const report: string = formatters.xml([], { color: false, rules: [], version: '1.0.0' })
export const verdict: LinkVerdictKind = 'unchecked'
`
    })
  })

  test.each(Object.keys(resolutions))('the types check under `moduleResolution: %s`', async (resolution) => {
    const result = await tsc(consumer, `tsconfig.${resolution}.json`)
    expect(`${result.stdout}${result.stderr}`).toBe('')
    expect(result.code).toBe(0)
  })

  // So the check can fail: the real types were found and used, not `any`.
  test.each(Object.keys(resolutions))(
    'a type error in the consumer fails the check under `moduleResolution: %s`',
    async (resolution) => {
      const { code, stdout } = await tsc(consumer, `tsconfig.${resolution}.wrong.json`)
      expect(code).not.toBe(0)
      expect(stdout).toMatch(
        /wrong\/use\.ts\(5,14\): error TS2322: Type '"expert"' is not assignable to type '[^']*"beginner"[^']*'/
      )
      expect(stdout).toMatch(/wrong\/use\.ts\(6,\d+\): error TS2322: Type '"fatal"' is not assignable/)
      expect(stdout).toMatch(/wrong\/use\.ts\(7,\d+\): error TS2339: Property 'xml' does not exist/)
      expect(stdout).toMatch(/wrong\/use\.ts\(8,\d+\): error TS2322: Type '"unchecked"' is not assignable/)
      expect(stdout.match(/error TS/g)).toHaveLength(4)
    }
  )
})
