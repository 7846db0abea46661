// Docs examples are tests: every rule's page shows an ok and a not-ok example
// with the exact messages, and this suite runs those very examples through the
// linter: this package's pages (docs/rules/) and the core's, which its package
// ships beside its rules (packages/core/docs/rules/).
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { lint } from '../src/files/lint.js'
import { resolveConfig } from '../src/config/load-config.js'
import { configSchema } from '../src/config/config-schema.js'
import { allRuleMeta, lintRules } from '../src/rules/index.js'
import { linkRuleIds } from '../src/rule-ids.js'
import { docsFolders } from '../src/cli/rule-help.js'
import { quietRules } from './helpers/content.js'

/** Each rule's page, by id: in the folder of the package whose rule it is. */
const pageOf = new Map(
  (
    await Promise.all(
      docsFolders().map(async ({ folder }) =>
        (await readdir(folder)).map((name) => [name.replace(/\.md$/, ''), join(fileURLToPath(folder), name)] as const)
      )
    )
  ).flat()
)
const defaultRoadmap = `---
title: Example
description: An example roadmap.
updated: 2026-01-01
---

An introduction.
`

interface Example {
  files: Map<string, string>
  /** The example's `roadmap-lint.config.json`, if it shows one. */
  config: unknown
  expected: string[] | undefined
}

/**
 * The `markdown path="…"` fences, the `json path="roadmap-lint.config.json"`
 * fence and the `text` fence of one example section.
 */
function readExample(section: string): Example {
  const files = new Map<string, string>()
  let config: unknown = {}
  let expected: string[] | undefined
  const fence = /^(`{3,})(\w+)(?:[ \t]+path="([^"]+)")?[ \t]*\n([\s\S]*?)^\1[ \t]*$/gm
  for (const match of section.matchAll(fence)) {
    const [, , lang, path, body = ''] = match
    if (lang === 'markdown' && path) files.set(path, body)
    if (lang === 'json' && path === 'roadmap-lint.config.json') config = JSON.parse(body)
    if (lang === 'text') expected = body.split('\n').filter(Boolean)
  }
  return { files, config, expected }
}

/**
 * The text under `### heading`, up to the next `##` or `###` heading. Headings
 * inside fenced code do not count: the examples' step files have `##` topics.
 */
function sectionOf(page: string, heading: string): string {
  const start = page.indexOf(`### ${heading}\n`)
  if (start === -1) return ''
  const rest = page.slice(start + heading.length + 5)
  let fence: string | undefined
  let offset = 0
  for (const line of rest.split('\n')) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === undefined && marker !== undefined) fence = marker
    else if (fence && marker?.startsWith(fence) && line.trim() === marker) fence = undefined
    else if (fence === undefined && /^#{2,3} /.test(line)) return rest.slice(0, offset)
    offset += line.length + 1
  }
  return rest
}

async function run(example: Example, id: string): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'roadmap-lint-docs-'))
  try {
    const content = join(root, 'content')
    for (const [path, body] of example.files) {
      await mkdir(dirname(join(content, path)), { recursive: true })
      await writeFile(join(content, path), body)
    }
    for (const folder of new Set([...example.files.keys()].map((path) => path.split('/')[0] ?? ''))) {
      if (!example.files.has(`${folder}/roadmap.md`) && !example.files.has(`${folder}/.no-roadmap`)) {
        await writeFile(join(content, folder, 'roadmap.md'), defaultRoadmap)
      }
    }
    // Each page shows its own rule: the rules that judge by the day and by a
    // dictionary are off on the other pages (their examples have no `reviewed`
    // date), as they would be in a project that turned them off.
    const raw = example.config as { rules?: Record<string, unknown> }
    const quiet = Object.fromEntries(Object.entries(quietRules).filter(([rule]) => rule !== id))
    const config = resolveConfig({ ...raw, rules: { ...quiet, ...raw.rules } }, undefined, {
      schema: configSchema,
      rules: lintRules,
      metas: allRuleMeta
    })
    const { files } = await lint({ paths: [content], cwd: root, rules: lintRules, config })
    return files.flatMap((file) =>
      file.messages.map((message) => {
        const path = relative(content, resolve(file.cwd, file.path)).split(sep).join('/')
        const end = message.place && 'start' in message.place ? message.place.end : undefined
        const severity = message.fatal === true ? 'error' : 'warning'
        return `${path}:${message.line ?? 1}:${message.column ?? 1}-${end?.line ?? message.line ?? 1}:${end?.column ?? message.column ?? 1} ${severity} ${message.ruleId} ${message.reason}`
      })
    )
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

const pages = [...pageOf.keys()].sort().map((id) => `${id}.md`)
const networkRules = new Set<string>(Object.values(linkRuleIds))
// Problems that Markdown in a fence cannot plant (invalid bytes, a 1 MiB file,
// an unreadable file, a bug): their pages show a real message under `###
// Example message`, and test/bad-input tests produce each one.
const fileSystemRules = new Set([
  'content-symlink',
  'file-encoding',
  'file-too-large',
  'file-unreadable',
  'internal-error'
])

test('every rule has a docs page, and every page a rule; the page is at its docs URL', () => {
  expect(pages.map((name) => name.replace(/\.md$/, ''))).toEqual(allRuleMeta.map((meta) => meta.id).sort())
  for (const meta of allRuleMeta) {
    const path = relative(join(fileURLToPath(import.meta.url), '..', '..', '..', '..'), pageOf.get(meta.id) ?? '')
    expect(meta.url, meta.id).toBe(`https://github.com/roadmap-dev/roadmap/blob/main/${path.split(sep).join('/')}`)
  }
})

describe.each(pages.filter((name) => fileSystemRules.has(name.replace(/\.md$/, ''))))('docs/rules/%s', (name) => {
  test('shows an example message of its rule', async () => {
    const page = await readFile(pageOf.get(name.replace(/\.md$/, '')) ?? '', 'utf8')
    const example = readExample(sectionOf(page, 'Example message'))
    expect(example.expected?.some((line) => line.includes(` ${name.replace(/\.md$/, '')} `))).toBe(true)
  })
})

describe.each(
  pages.filter(
    (name) => !networkRules.has(name.replace(/\.md$/, '')) && !fileSystemRules.has(name.replace(/\.md$/, ''))
  )
)('docs/rules/%s', (name) => {
  const id = name.replace(/\.md$/, '')

  test('the ok example has no problems', async () => {
    const page = await readFile(pageOf.get(name.replace(/\.md$/, '')) ?? '', 'utf8')
    const example = readExample(sectionOf(page, 'Ok'))
    expect(example.files.size, 'an ok example with at least one `markdown path="…"` fence').toBeGreaterThan(0)
    expect(await run(example, id)).toEqual([])
  })

  test('the not-ok example gives exactly the documented messages', async () => {
    const page = await readFile(pageOf.get(name.replace(/\.md$/, '')) ?? '', 'utf8')
    const example = readExample(sectionOf(page, 'Not ok'))
    expect(example.files.size, 'a not-ok example with at least one `markdown path="…"` fence').toBeGreaterThan(0)
    expect(example.expected, 'a `text` fence with the expected messages').toBeDefined()
    const messages = await run(example, id)
    expect(messages).toEqual(example.expected)
    expect(
      messages.some((message) => message.includes(` ${id} `)),
      `the example shows \`${id}\``
    ).toBe(true)
  })
})
