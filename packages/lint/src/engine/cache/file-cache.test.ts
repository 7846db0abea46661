import { readdir, readFile, writeFile } from 'node:fs/promises'
import { serialize } from 'node:v8'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { configSchema } from '../../config/config-schema.js'
import { resolveConfig } from '../../config/load-config.js'
import { defineFileRule } from '../../rule/define-rule.js'
import { allRuleMeta, lintRules } from '../../rules/index.js'
import {
  messagesOf,
  resourceMd,
  runCapturing,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../../test/helpers/content.js'
import { lint, type LintExtension } from '../lint.js'
import { openFileCache } from './open-file-cache.js'

const temporary = useTempDirs()

/** A rule that counts the files it checks: a file served from the cache is not checked. */
function countingRule() {
  const checked: string[] = []
  const rule = defineFileRule({ id: 'counting', description: 'Counts', defaultSeverity: 'warning' }, ({ file }) => {
    checked.push(String(file.path).split('/').at(-1) ?? '')
  })
  return { rule, checked }
}

async function content(): Promise<string> {
  const root = await temporary()
  await writeTree(
    join(root, 'content'),
    withRoadmaps({
      'backend/01-basics.md': stepMd(topicMd('Types', resourceMd('Short', 'https://bit.ly/abc'))),
      'backend/02-apis.md': stepMd(
        topicMd('REST', resourceMd('MDN', 'http://developer.mozilla.org/en-US/docs/Web/HTTP'))
      ).replace(/^- /m, '* ')
    })
  )
  return root
}

async function lintWithCache(root: string, config: object = {}) {
  const counting = countingRule()
  const resolved = resolveConfig(config, undefined, {
    schema: configSchema,
    rules: [...lintRules, counting.rule],
    metas: allRuleMeta,
    cwd: root
  })
  const { cache, warning } = openFileCache(join(root, '.roadmap-lint-content-cache'), resolved)
  const result = await lint({
    paths: [join(root, 'content')],
    cwd: root,
    rules: [...lintRules, counting.rule],
    config: resolved,
    cache
  })
  cache.save()
  return { messages: messagesOf(join(root, 'content'), result.files), checked: counting.checked.sort(), warning }
}

test('an unchanged file is not checked again, and gives the same messages', async () => {
  const root = await content()
  const first = await lintWithCache(root)
  expect(first.checked).toEqual(['01-basics.md', '02-apis.md', 'roadmap.md'])
  expect(first.messages.length).toBeGreaterThan(2)
  const second = await lintWithCache(root)
  expect(second.checked).toEqual([])
  expect(second.messages).toEqual(first.messages)

  // A changed file is checked again; cross-file checks still see every file.
  await writeFile(
    join(root, 'content/backend/01-basics.md'),
    stepMd(topicMd('Types', resourceMd('MDN', 'https://developer.mozilla.org/')), { requires: ['nowhere'] })
  )
  const third = await lintWithCache(root)
  expect(third.checked).toEqual(['01-basics.md'])
  expect(third.messages.some((message) => message.includes('requires-unknown'))).toBe(true)
  expect(third.messages.some((message) => message.includes('url-shortener'))).toBe(false)
})

test('other settings do not reuse results: the options of a rule, a rule turned off, the limits', async () => {
  const root = await content()
  await lintWithCache(root)
  expect((await lintWithCache(root, { rules: { 'title-max-length': ['warning', { max: 5 }] } })).checked).toHaveLength(
    3
  )
  expect((await lintWithCache(root, { rules: { 'list-marker': 'off' } })).checked).toHaveLength(3)
  expect((await lintWithCache(root, { limits: { 'max-lines': 4000 } })).checked).toHaveLength(3)
  // A severity is applied after the checks, on every run: results are reused.
  expect(
    (await lintWithCache(root, { limits: { 'max-lines': 4000 }, rules: { 'list-marker': 'error' } })).checked
  ).toEqual([])
})

test('a damaged or foreign cache file is not trusted: a warning, and it is written anew', async () => {
  const root = await content()
  const expected = (await lintWithCache(root)).messages
  for (const junk of [
    Buffer.from('not a cache at all'),
    Buffer.from([0xff, 0x0d, 0x6f, 0x22, 0x05]),
    Buffer.from(JSON.stringify({ entries: {} }))
  ]) {
    await writeFile(join(root, '.roadmap-lint-content-cache'), junk)
    const run = await lintWithCache(root)
    expect(run.warning).toMatch(
      /ignoring the content cache `.*\.roadmap-lint-content-cache`: it is damaged or not a roadmap-lint content cache; it will be written anew/
    )
    expect(run.checked).toHaveLength(3)
    expect(run.messages).toEqual(expected)
    expect((await lintWithCache(root)).checked).toEqual([])
  }
})

test('the CLI keeps the cache beside the config, skips it with --fix or --no-content-cache, and reports the same', async () => {
  const root = await content()
  const first = await runCapturing(['-f', 'json', '--offline'], { cwd: root })
  const cached = await readFile(join(root, '.roadmap-lint-content-cache'))
  expect(cached.length).toBeGreaterThan(100)
  const second = await runCapturing(['-f', 'json', '--offline'], { cwd: root })
  expect(second.stdout).toBe(first.stdout)
  expect(second.code).toBe(first.code)
  const elsewhere = join(root, 'other-cache')
  await runCapturing(['-f', 'json', '--offline', '--content-cache', 'other-cache'], { cwd: root })
  expect((await readFile(elsewhere)).length).toBeGreaterThan(100)
  await writeFile(join(root, '.roadmap-lint-content-cache'), 'junk')
  const skipped = await runCapturing(['-f', 'json', '--offline', '--no-content-cache'], { cwd: root })
  expect(skipped.stderr).toBe('')
  expect(await readFile(join(root, '.roadmap-lint-content-cache'), 'utf8')).toBe('junk')
  const warned = await runCapturing(['-f', 'json', '--offline'], { cwd: root })
  expect(warned.stderr).toMatch(/ignoring the content cache/)
  expect(warned.stdout).toBe(first.stdout)
})

test('a run writes results as files are checked and replaces the cache only when saved; a failed run leaves it as it was', async () => {
  const root = await content()
  await lintWithCache(root)
  const cacheFile = join(root, '.roadmap-lint-content-cache')
  const before = await readFile(cacheFile)
  await writeFile(
    join(root, 'content/backend/01-basics.md'),
    stepMd(topicMd('Types', resourceMd('MDN', 'https://developer.mozilla.org/')))
  )
  const resolved = resolveConfig({}, undefined, {
    schema: configSchema,
    rules: lintRules,
    metas: allRuleMeta,
    cwd: root
  })
  const { cache } = openFileCache(cacheFile, resolved)
  await lint({ paths: [join(root, 'content')], cwd: root, rules: lintRules, config: resolved, cache })
  expect(await readdir(root)).toEqual(expect.arrayContaining([`.roadmap-lint-content-cache.${process.pid}.tmp`]))
  expect(await readFile(cacheFile)).toEqual(before)
  cache.discard()
  expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  expect(await readFile(cacheFile)).toEqual(before)
  // The next run checks the changed file again, and leaves nothing behind.
  expect((await lintWithCache(root)).checked).toEqual(['01-basics.md'])
  expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  expect((await lintWithCache(root)).checked).toEqual([])
})

test('a cache file cut short is damaged: a warning, and it is written anew', async () => {
  const root = await content()
  const expected = (await lintWithCache(root)).messages
  const cacheFile = join(root, '.roadmap-lint-content-cache')
  const whole = await readFile(cacheFile)
  await writeFile(cacheFile, whole.subarray(0, Math.floor(whole.length / 2)))
  const run = await lintWithCache(root)
  expect(run.warning).toMatch(/it is damaged or not a roadmap-lint content cache/)
  expect(run.checked).toHaveLength(3)
  expect(run.messages).toEqual(expected)
})

test('a cache written by an earlier version is dropped without a warning, like one of other code', async () => {
  const root = await content()
  await writeFile(
    join(root, '.roadmap-lint-content-cache'),
    serialize({ magic: 'roadmap-lint content cache', format: 2, fingerprint: 'x', entries: new Map() })
  )
  const run = await lintWithCache(root)
  expect(run.warning).toBeUndefined()
  expect(run.checked).toHaveLength(3)
  expect((await lintWithCache(root)).checked).toEqual([])
})

test('a cache that cannot be written leaves the run its result; saving says why', async () => {
  const root = await content()
  const expected = (await lintWithCache(root)).messages
  const resolved = resolveConfig({}, undefined, {
    schema: configSchema,
    rules: lintRules,
    metas: allRuleMeta,
    cwd: root
  })
  const { cache } = openFileCache(join(root, 'no-such-folder', 'cache'), resolved)
  const result = await lint({ paths: [join(root, 'content')], cwd: root, rules: lintRules, config: resolved, cache })
  expect(messagesOf(join(root, 'content'), result.files)).toEqual(expected)
  expect(() => cache.save()).toThrow(/ENOENT/)
})

test('results cached by a run without links serve a run that checks links: every link of a file is kept', async () => {
  const root = await content()
  await lintWithCache(root)
  const resolved = resolveConfig({}, undefined, {
    schema: configSchema,
    rules: lintRules,
    metas: allRuleMeta,
    cwd: root
  })
  const { cache } = openFileCache(join(root, '.roadmap-lint-content-cache'), resolved)
  const seen: string[] = []
  const extension: LintExtension = { onFile: (entry) => seen.push(...entry.links.map((link) => link.url)) }
  await lint({
    paths: [join(root, 'content')],
    cwd: root,
    rules: lintRules,
    config: resolved,
    cache,
    extensions: [extension]
  })
  cache.save()
  expect(seen).toEqual(
    expect.arrayContaining(['https://bit.ly/abc', 'http://developer.mozilla.org/en-US/docs/Web/HTTP'])
  )
})
