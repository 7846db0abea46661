// Both published packages as a consumer gets them: `pnpm pack` @roadmap/core
// and @roadmap/lint, install the two tarballs in a new project (offline and
// frozen, from the workspace's lockfile and store: `@roadmap/pack-consumer`), then import them from ES
// modules and CommonJS, type-check a TypeScript consumer and run the installed
// `roadmap-lint` bin. Turbo builds both packages first: `test` depends on
// `build`, whose `^build` covers the workspace (dev)dependencies.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { roadmaps } from '@roadmap/core/data'
import { lintRuleIds } from '@roadmap/lint'
import { installConsumer } from '@roadmap/pack-consumer'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const repoRoot = join(import.meta.dirname, '..', '..', '..')
const packages = {
  core: join(repoRoot, 'packages', 'core'),
  lint: join(repoRoot, 'packages', 'lint')
} as const
type PackageName = keyof typeof packages

const backendStepIds = roadmaps.find((roadmap) => roadmap.id === 'backend')?.steps.map((step) => step.id) ?? []
const ruleIds = Object.values(lintRuleIds).sort()
// `require()` of an ES module works without a flag from Node 20.19 and 22.12.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
const nodeRequiresEsm = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19)

// Children get a fixed environment: no colours, and no `FORCE_COLOR` or
// `DEBUG` from the developer's shell or from vitest.
const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
delete childEnv['FORCE_COLOR']
delete childEnv['DEBUG']

interface Packed {
  files: string[]
  /** The package.json as published (workspace: ranges replaced). */
  manifest: {
    version: string
    dependencies?: Record<string, string>
    bin?: Record<string, string>
  }
}

let consumer = ''
let removeConsumer = async (): Promise<void> => {}
const packed = {} as Record<PackageName, Packed>

interface Result {
  code: number
  stdout: string
  stderr: string
}

/** Run a command to its end; never throws for a non-zero exit code. */
function spawn(command: string, args: string[], cwd: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, shell: process.platform === 'win32' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
      }
    )
  })
}

/** Run a command; on failure, throw with its output so the test report says why. */
async function exec(command: string, args: string[], cwd: string): Promise<Result> {
  const result = await spawn(command, args, cwd)
  if (result.code !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` exited ${result.code} in ${cwd}:\n${result.stdout}\n${result.stderr}`)
  }
  return result
}

async function write(files: Record<string, string>, base = consumer): Promise<void> {
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(dirname(join(base, name)), { recursive: true })
    await writeFile(join(base, name), contents)
  }
}

function node(file: string): Promise<Result> {
  return exec(process.execPath, [file], consumer)
}

function tsc(project: string): Promise<Result> {
  return spawn(process.execPath, [join(consumer, 'node_modules/typescript/bin/tsc'), '-p', project], consumer)
}

/** The installed bin, as `npx roadmap-lint` or a package script would run it. */
function roadmapLint(args: string[], cwd: string): Promise<Result> {
  return spawn(join(consumer, 'node_modules', '.bin', 'roadmap-lint'), args, cwd)
}

beforeAll(async () => {
  for (const name of ['core', 'lint'] as const) {
    if (!existsSync(join(packages[name], 'dist', 'index.js'))) throw new Error(`Build @roadmap/${name} first: \`pnpm build\``)
  }
  // Offline and frozen, from the store the workspace was installed with and
  // the versions its lockfile holds, and without hoisting: each package must
  // declare every dependency it needs, including the types its declarations
  // import. The lint tarball asks for `@roadmap/core@^<version>`, which is not
  // on the registry yet: an override points it at the core tarball.
  const installed = await installConsumer({ packages: ['packages/core', 'packages/lint'], dependencies: ['typescript'], cwd: repoRoot, env: childEnv })
  consumer = installed.directory
  removeConsumer = installed.remove
  for (const name of ['core', 'lint'] as const) {
    const { files, manifest } = installed.packed[`packages/${name}`] ?? { files: [], manifest: { version: '' } }
    packed[name] = { files, manifest: manifest as Packed['manifest'] }
  }
}, 240_000)

afterAll(async () => {
  await removeConsumer()
})

describe.each(['core', 'lint'] as const)('the @roadmap/%s tarball', (name) => {
  const required = {
    core: ['dist/index.js', 'dist/index.d.ts', 'dist/data.js', 'dist/data.d.ts', 'dist/data.json', 'dist/roadmap.schema.json'],
    lint: ['dist/index.js', 'dist/index.d.ts', 'dist/cli/bin.js', 'dist/config.schema.json']
  }[name]
  // Folders a package may publish besides `dist/`.
  const extraFolders = { core: [], lint: ['bin/', 'docs/'] }[name]
  // npm always adds these from the package folder.
  const always = /^(package\.json|(README|LICENSE|LICENCE|COPYING|NOTICE|CHANGELOG)(\.[a-z]+)?)$/i

  test('holds the built files, the JSON Schema and (core) the dataset', () => {
    expect(packed[name].files).toEqual(expect.arrayContaining(['package.json', ...required]))
  })

  test('holds no tests, fixtures, source maps, sources or scripts', () => {
    const unwanted = /\.(test|spec)\.|(^|\/)(__fixtures__|fixtures|__tests__|__mocks__|test|tests)\/|\.map$|^src\/|^scripts\/|(^|\/)tsconfig[^/]*\.json$/
    expect(packed[name].files.filter((path) => unwanted.test(path))).toEqual([])
    expect(packed[name].files.filter((path) => !always.test(path) && !['dist/', ...extraFolders].some((folder) => path.startsWith(folder)))).toEqual([])
  })

  test('holds the README and licence files of the package folder', () => {
    const own = readdirSync(packages[name]).filter((file) => always.test(file) && file !== 'package.json')
    expect(own).toContain('README.md')
    expect(packed[name].files).toEqual(expect.arrayContaining(own))
  })

  test('points no `sourceMappingURL` at a file it does not hold', async () => {
    const dangling: string[] = []
    for (const path of packed[name].files.filter((file) => /\.(c|m)?(js|ts)$/.test(file))) {
      const text = await readFile(join(consumer, 'node_modules', '@roadmap', name, path), 'utf8')
      for (const [, target = ''] of text.matchAll(/^\/\/# sourceMappingURL=(\S+)\s*$/gm)) {
        if (!packed[name].files.includes(join(dirname(path), target).replaceAll('\\', '/'))) dangling.push(`${path} -> ${target}`)
      }
    }
    expect(dangling).toEqual([])
  })

  test('declares released versions, not `workspace:` ranges', () => {
    const { manifest } = packed[name]
    expect(JSON.stringify(manifest)).not.toContain('workspace:')
    if (name === 'lint') {
      expect(manifest.dependencies?.['@roadmap/core']).toBe(`^${packed.core.manifest.version}`)
      expect(packed.lint.files).toContain(manifest.bin?.['roadmap-lint']?.replace(/^\.\//, ''))
    }
  })
})

// Node and tsc processes: slow on a busy machine.
describe('a consumer of the installed packages', { timeout: 60_000 }, () => {
  test('gets one @roadmap/core: the one @roadmap/lint uses is the one it installed', async () => {
    const lint = await realpath(join(consumer, 'node_modules', '@roadmap', 'lint'))
    expect(await realpath(join(lint, '..', 'core'))).toBe(await realpath(join(consumer, 'node_modules', '@roadmap', 'core')))
  })

  test('imports the dataset and @roadmap/lint as ES modules', async () => {
    await write({
      'esm.js': `import { roadmaps } from '@roadmap/core/data'
import { lintRules, runCli } from '@roadmap/lint'
import schema from '@roadmap/lint/config.schema.json' with { type: 'json' }

const backend = roadmaps.find((roadmap) => roadmap.id === 'backend')
let out = ''
const io = { cwd: process.cwd(), env: {}, stdout: { write: (text) => { out += text } }, stderr: process.stderr }
const code = await runCli(['--version'], io)
console.log(JSON.stringify({
  steps: backend.steps.map((step) => step.id),
  rules: lintRules.map((rule) => rule.meta.id).sort(),
  version: [code, out],
  schema: schema.$id
}))
`
    })
    const output = JSON.parse((await node('esm.js')).stdout) as unknown
    expect(output).toEqual({
      steps: backendStepIds,
      rules: ruleIds,
      version: [0, `${packed.lint.manifest.version}\n`],
      schema: expect.stringMatching(/\/@roadmap\/lint\/dist\/config\.schema\.json$/)
    })
    expect(backendStepIds.length).toBeGreaterThan(0)
  })

  // A top-level await anywhere in the module graph of an entry point would
  // make this fail with ERR_REQUIRE_ASYNC_MODULE.
  test.runIf(nodeRequiresEsm)('requires the dataset and @roadmap/lint from CommonJS (Node >= 20.19: require of ES modules)', async () => {
    await write({
      'commonjs.cjs': `const { roadmaps } = require('@roadmap/core/data')
const { findStep } = require('@roadmap/core')
const lint = require('@roadmap/lint')

const backend = roadmaps.find((roadmap) => roadmap.id === 'backend')
console.log(JSON.stringify({
  steps: backend.steps.map((step) => step.id),
  step: findStep(backend, 'databases').id,
  lint: [typeof lint.runCli, typeof lint.defineConfig, typeof lint.formatters.json, lint.version],
  rules: lint.lintRules.map((rule) => rule.meta.id).sort(),
  schema: require.resolve('@roadmap/lint/config.schema.json').replaceAll('\\\\', '/').endsWith('/dist/config.schema.json')
}))
`
    })
    const output = JSON.parse((await node('commonjs.cjs')).stdout) as unknown
    expect(output).toEqual({
      steps: backendStepIds,
      step: 'databases',
      lint: ['function', 'function', 'function', packed.lint.manifest.version],
      rules: ruleIds,
      schema: true
    })
  })

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
        configs[`tsconfig.${name}.json`] = JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files: ['src/use.ts'] })
        // The declarations were checked above: only the consumer's file here (faster).
        configs[`tsconfig.${name}.wrong.json`] = JSON.stringify({ extends: `./tsconfig.${name}.json`, compilerOptions: { skipLibCheck: true }, files: ['wrong/use.ts'] })
      }
      await write({
        ...configs,
        'src/use.ts': `import {
  findRoadmap,
  findStep,
  findTopic,
  listResources,
  stepsInDependencyOrder,
  type Resource,
  type Roadmap,
  type Step,
  type Topic
} from '@roadmap/core'
import { roadmaps } from '@roadmap/core/data'
import { listResources as listResourcesToo } from '@roadmap/core/query'
import { defineConfig, formatters, lint, lintRules, runCli, type CliIo, type Formatter, type LintConfig, type LintResult } from '@roadmap/lint'

const backend: Roadmap | undefined = findRoadmap(roadmaps, 'backend')
const step: Step | undefined = backend && findStep(backend, 'databases')
const topic: Topic | undefined = backend && findTopic(backend, 'databases', 'indexing')
const resources: Resource[] = backend ? listResources(backend).map((entry) => entry.resource) : []
const same: number = backend ? listResourcesToo(backend).length : 0
const ordered: Step[] = backend ? stepsInDependencyOrder(backend) : []

const config: LintConfig = defineConfig({
  $schema: './node_modules/@roadmap/lint/config.schema.json',
  rules: { 'title-max-length': ['warning', { max: 70 }], 'url-insecure': 'off' },
  ignore: ['drafts/**']
})
let report = ''
const io: CliIo = { cwd: '.', env: {}, stdout: { write: (text: string) => (report += text) }, stderr: { write: () => true } }
const code: Promise<number> = runCli(['content', '--offline', '--format', 'json'], io)
const json: Formatter = formatters.json
const text: string = formatters.stylish([], { color: false, rules: [], version: '1.0.0' })
const linted: Promise<LintResult> = lint({
  paths: ['content'],
  cwd: '.',
  rules: lintRules,
  config: { severities: new Map(), ruleOptions: new Map(), isIgnored: () => false }
})

export const summary = [step?.level, topic?.id, resources.length, same, ordered.length, config, code, json, text, linted]
`,
        'wrong/use.ts': `import type { Level } from '@roadmap/core'
import { defineConfig, formatters } from '@roadmap/lint'

export const level: Level = 'expert'
export const config = defineConfig({ rules: { 'title-max-length': 'fatal' } })
export const report: string = formatters.xml([], { color: false, rules: [], version: '1.0.0' })
`
      })
    })

    test.each(Object.keys(resolutions))('the types check under `moduleResolution: %s`', async (resolution) => {
      const result = await tsc(`tsconfig.${resolution}.json`)
      expect(`${result.stdout}${result.stderr}`).toBe('')
      expect(result.code).toBe(0)
    })

    // So the check can fail: the real types were found and used, not `any`.
    test.each(Object.keys(resolutions))('a type error in the consumer fails the check under `moduleResolution: %s`', async (resolution) => {
      const { code, stdout } = await tsc(`tsconfig.${resolution}.wrong.json`)
      expect(code).not.toBe(0)
      expect(stdout).toMatch(/wrong\/use\.ts\(4,14\): error TS2322: Type '"expert"' is not assignable to type '[^']*"beginner"[^']*'/)
      expect(stdout).toMatch(/wrong\/use\.ts\(5,\d+\): error TS2322: Type '"fatal"' is not assignable/)
      expect(stdout).toMatch(/wrong\/use\.ts\(6,\d+\): error TS2339: Property 'xml' does not exist/)
      expect(stdout.match(/error TS/g)).toHaveLength(3)
    })
  })

  describe('the installed `roadmap-lint` bin', () => {
    const roadmap = `---
title: Web basics
description: A small roadmap that the consumer test lints.
updated: 2026-01-15
tags: [web]
---

An introduction to the web in one paragraph.

## What you will learn

How a page travels from a server to a browser.
`
    const http = `---
title: HTTP
summary: Learn how browsers and servers talk to each other.
level: beginner
---

HTTP is the protocol of the web.

## Requests and responses

A client sends a request and the server answers with a response.

- [MDN: an overview of HTTP](https://developer.mozilla.org/en-US/docs/Web/HTTP/Overview "article")
`
    const dns = `---
title: DNS
summary: Learn how a name becomes an address.
level: beginner
requires: [http]
---

Before a browser can send a request, it needs the server's address.

## Name resolution

A resolver asks name servers until one knows the address.

- [MDN: what is a domain name?](http://developer.mozilla.org/en-US/docs/Learn/Common_questions/Web_mechanics/What_is_a_domain_name "article")
- [How DNS works](https://bit.ly/how-dns "article")
`

    beforeAll(async () => {
      await write({
        // A config file in each project, so that none from a parent folder applies.
        'valid/roadmap-lint.config.json': `${JSON.stringify({ $schema: '../node_modules/@roadmap/lint/config.schema.json' })}\n`,
        'valid/content/web/roadmap.md': roadmap,
        'valid/content/web/01-http.md': http,
        // A config that imports the installed package: the insecure link is allowed.
        'planted/roadmap-lint.config.js': "import { defineConfig } from '@roadmap/lint'\n\nexport default defineConfig({ rules: { 'url-insecure': 'off' } })\n",
        'planted/content/web/roadmap.md': roadmap,
        'planted/content/web/01-http.md': http,
        'planted/content/web/02-dns.md': dns
      })
    })

    test('exits 0 with `[]` on valid content', async () => {
      const result = await roadmapLint(['content', '--offline', '-f', 'json'], join(consumer, 'valid'))
      expect(result).toEqual({ code: 0, stdout: '[]\n', stderr: '' })
    })

    test('exits 1 and reports the planted problem, with the path relative and `/`-separated', async () => {
      const result = await roadmapLint(['content', '--offline', '-f', 'json'], join(consumer, 'planted'))
      expect(result.stderr).toBe('')
      expect(JSON.parse(result.stdout)).toEqual([
        {
          file: 'content/web/02-dns.md',
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 52,
          ruleId: 'url-shortener',
          severity: 'error',
          message: expect.stringContaining('bit.ly') as unknown,
          url: expect.stringMatching(/\/packages\/lint\/docs\/rules\/url-shortener\.md$/) as unknown
        }
      ])
      expect(result.code).toBe(1)
      // The rule's documentation ships with the package.
      expect(packed.lint.files).toContain('docs/rules/url-shortener.md')
    })

    test('`--help` exits 0 with the usage', async () => {
      const result = await roadmapLint(['--help'], consumer)
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^Usage: roadmap-lint /)
      expect(result.stdout).toContain('Exit codes:')
    })

    test('`--version` prints the version of the installed package', async () => {
      await expect(roadmapLint(['--version'], consumer)).resolves.toEqual({ code: 0, stdout: `${packed.lint.manifest.version}\n`, stderr: '' })
    })

    test('an unknown flag exits 2 with the reason on stderr', async () => {
      const result = await roadmapLint(['content', '--no-such-flag'], join(consumer, 'valid'))
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain("Unknown option '--no-such-flag'")
    })
  })
})
