import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { configSchema } from '../config/config-schema.js'
import { resolveConfig } from '../config/load-config.js'
import { defineFileRule, type Rule } from '../rule/define-rule.js'
import { allRuleMeta, lintRules } from '../rules/index.js'
import {
  messagesOf,
  resourceMd,
  runCapturing,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'
import { lint } from '../files/lint.js'
import { fakeLinkChecks } from '../../test/helpers/links.js'
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

function configOf(root: string, config: object, rules: ReadonlyArray<Rule>) {
  return resolveConfig(config, undefined, { schema: configSchema, rules, metas: allRuleMeta, cwd: root })
}

async function lintWithCache(root: string, config: object = {}, extraRules: ReadonlyArray<Rule> = []) {
  const counting = countingRule()
  const rules = [...lintRules, counting.rule, ...extraRules]
  const { cache, warning } = openFileCache(join(root, '.roadmap-lint-content-cache'))
  const result = await lint({
    paths: [join(root, 'content')],
    cwd: root,
    rules,
    config: configOf(root, config, rules),
    cache
  })
  cache.save()
  return { messages: messagesOf(join(root, 'content'), result.files), checked: counting.checked.sort(), warning }
}

test('an unchanged file is not checked again, and gives the same messages; a changed one alone is', async () => {
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

test('a file answered by the cache gives the checks across files all they read: topics and aliases too', async () => {
  const root = await temporary()
  const moved = stepMd(topicMd('First API', resourceMd('MDN', 'https://developer.mozilla.org/'))).replace(
    'level: intermediate\n',
    'level: intermediate\naliases: [backend/apis]\ntopic-aliases:\n  first-api: [backend/apis/rest]\n'
  )
  await writeTree(
    join(root, 'content'),
    withRoadmaps({
      'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/'))),
      'backend/02-projects.md': moved
    })
  )
  const cold = await lintWithCache(root)
  expect(cold.messages.filter((message) => message.includes('alias-collision')).length).toBe(2)
  const warm = await lintWithCache(root)
  expect(warm.checked).toEqual([])
  expect(warm.messages).toEqual(cold.messages)
})

test('the key covers the whole configuration: options, a rule turned off, the limits, severities', async () => {
  const root = await content()
  await lintWithCache(root)
  const title = { rules: { 'title-max-length': ['warning', { max: 5 }] } }
  expect((await lintWithCache(root, title)).checked).toHaveLength(3)
  expect((await lintWithCache(root, title)).checked).toEqual([])
  expect((await lintWithCache(root, { rules: { 'list-marker': 'off' } })).checked).toHaveLength(3)
  expect((await lintWithCache(root, { limits: { 'max-lines': 4000 } })).checked).toHaveLength(3)
  const severity = { limits: { 'max-lines': 4000 }, rules: { 'list-marker': 'error' } }
  expect((await lintWithCache(root, severity)).checked).toHaveLength(3)
  expect((await lintWithCache(root, severity)).checked).toEqual([])
})

test('a rule added by a library caller reports at once, with a warm cache; removing it drops its messages', async () => {
  const root = await content()
  await lintWithCache(root)
  expect((await lintWithCache(root)).checked).toEqual([])
  const added = defineFileRule(
    { id: 'no-rest', description: 'No REST', defaultSeverity: 'error' },
    ({ file, parsed, report }) => {
      if (String(file.value).includes('## REST')) report('Unexpected `REST`, expected another topic', parsed.tree)
    }
  )
  const withRule = await lintWithCache(root, {}, [added])
  expect(withRule.checked).toHaveLength(3)
  expect(withRule.messages.filter((message) => message.includes('no-rest'))).toEqual([
    'backend/02-apis.md:1:1-14:1 error no-rest Unexpected `REST`, expected another topic'
  ])
  expect((await lintWithCache(root)).messages.some((message) => message.includes('no-rest'))).toBe(false)
})

test("a rule's new version, or a change to its check, is a new key", async () => {
  const root = await content()
  const rule = (version: string, reason: string) =>
    defineFileRule({ id: 'mine', description: 'Mine', defaultSeverity: 'warning', version }, ({ report }) =>
      report(reason, undefined)
    )
  await lintWithCache(root, {}, [rule('1', 'one')])
  expect((await lintWithCache(root, {}, [rule('1', 'one')])).checked).toEqual([])
  expect((await lintWithCache(root, {}, [rule('2', 'one')])).checked).toHaveLength(3)
  const edited = defineFileRule({ id: 'mine', description: 'Mine', defaultSeverity: 'warning', version: '2' }, (c) =>
    c.report('edited', undefined)
  )
  const run = await lintWithCache(root, {}, [edited])
  expect(run.checked).toHaveLength(3)
  expect(run.messages.filter((message) => message.includes(' mine '))).toHaveLength(3)
})

test('the CLI keeps the cache beside the config, skips it with --fix or --no-content-cache, and reports the same', async () => {
  const root = await content()
  const first = await runCapturing(['-f', 'json', '--offline'], { cwd: root })
  const cached = await readFile(join(root, '.roadmap-lint-content-cache'), 'utf8')
  expect(cached.split('\n')[0]).toMatch(/^\{"format":"roadmap-lint content cache","version":7,"key":"[\w-]{43}"\}$/)
  // Paths relative to the config's folder: the cache does not depend on where the checkout is.
  expect(cached).toContain('"path":"content/backend/01-basics.md"')
  expect(cached).not.toContain(root)
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
  const { cache } = openFileCache(cacheFile)
  const config = configOf(root, {}, lintRules)
  await lint({ paths: [join(root, 'content')], cwd: root, rules: lintRules, config, cache })
  const temporaryFiles = (await readdir(root)).filter((name) => name.endsWith('.tmp'))
  expect(temporaryFiles).toEqual([expect.stringMatching(/^\.roadmap-lint-content-cache\.[0-9a-f]{16}\.tmp$/)])
  expect(await readFile(cacheFile)).toEqual(before)
  cache.discard()
  expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  expect(await readFile(cacheFile)).toEqual(before)
  // The next run checks the changed file again, and leaves nothing behind.
  expect((await lintWithCache(root)).checked).toEqual(['01-basics.md'])
  expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  expect((await lintWithCache(root)).checked).toEqual([])
})

test('a cache that cannot be written leaves the run its result; saving says why', async () => {
  const root = await content()
  const expected = (await lintWithCache(root)).messages
  const { cache } = openFileCache(join(root, 'no-such-folder', 'cache'), { root })
  const config = configOf(root, {}, lintRules)
  const result = await lint({ paths: [join(root, 'content')], cwd: root, rules: lintRules, config, cache })
  expect(messagesOf(join(root, 'content'), result.files).filter((line) => !line.includes('counting'))).toEqual(
    expected.filter((line) => !line.includes('counting'))
  )
  expect(() => cache.save()).toThrow(/ENOENT/)
})

test('results cached by a run without links serve a run that checks links: every link of a file is kept', async () => {
  const root = await content()
  const config = configOf(root, {}, lintRules)
  const cacheFile = join(root, '.roadmap-lint-content-cache')
  const first = openFileCache(cacheFile).cache
  await lint({ paths: [join(root, 'content')], cwd: root, rules: lintRules, config, cache: first })
  first.save()
  const { cache } = openFileCache(cacheFile)
  const links = fakeLinkChecks()
  await lint({ paths: [join(root, 'content')], cwd: root, rules: lintRules, config, cache, links })
  cache.save()
  const seen = [...links.added.values()].flat().map((link) => link.url)
  expect(seen).toEqual(
    expect.arrayContaining(['https://bit.ly/abc', 'http://developer.mozilla.org/en-US/docs/Web/HTTP'])
  )
})

test('a run that keeps models (the dataset build) neither reads nor writes the cache', async () => {
  const root = await content()
  await lintWithCache(root)
  const cacheFile = join(root, '.roadmap-lint-content-cache')
  const before = await readFile(cacheFile)
  const counting = countingRule()
  const rules = [...lintRules, counting.rule]
  const { cache } = openFileCache(cacheFile)
  const config = configOf(root, {}, rules)
  await lint({ paths: [join(root, 'content')], cwd: root, rules, config, cache, keepModels: true })
  cache.save()
  expect(counting.checked).toHaveLength(3)
  expect(await readFile(cacheFile)).toEqual(before)
})

test('one cache object used by two runs of different rules keeps the last run, under its key', async () => {
  const root = await content()
  const cacheFile = join(root, '.roadmap-lint-content-cache')
  const { cache } = openFileCache(cacheFile)
  const counting = countingRule()
  const withCounting = [...lintRules, counting.rule]
  const paths = [join(root, 'content')]
  await lint({ paths, cwd: root, rules: lintRules, config: configOf(root, {}, lintRules), cache })
  await lint({ paths, cwd: root, rules: withCounting, config: configOf(root, {}, withCounting), cache })
  cache.save()
  expect(counting.checked).toHaveLength(3)
  expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  const again = countingRule()
  const rules = [...lintRules, again.rule]
  const reopened = openFileCache(cacheFile).cache
  const result = await lint({ paths, cwd: root, rules, config: configOf(root, {}, rules), cache: reopened })
  // Same rules as the last run, but a new rule object: its check's text is the same, so the key is too.
  expect(again.checked).toEqual([])
  expect(messagesOf(join(root, 'content'), result.files).some((line) => line.includes('url-shortener'))).toBe(true)
})
