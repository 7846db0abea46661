// The content cache as a hostile pull request or a damaged disk leaves it:
// whatever is at its path, a run never crashes, never prints a file it did
// not discover, never writes through a planted link, and the run after is clean.
import { execFileSync } from 'node:child_process'
import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { configSchema } from '../config/config-schema.js'
import { resolveConfig } from '../config/load-config.js'
import { formatters } from '../formatters/index.js'
import { allRuleMeta, lintRules } from '../rules/index.js'
import {
  messagesOf,
  resourceMd,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'
import { lint } from '../files/lint.js'
import { fakeLinkChecks } from '../../test/helpers/links.js'
import { recordLine } from './cache-records.js'
import { FileCache } from './file-cache.js'
import { openFileCache } from './open-file-cache.js'

const temporary = useTempDirs()
const cacheName = '.roadmap-lint-content-cache'

async function content(): Promise<string> {
  const root = await temporary()
  await writeTree(
    join(root, 'content'),
    withRoadmaps({
      'backend/01-basics.md': stepMd(topicMd('Types', resourceMd('Short', 'https://bit.ly/abc'))),
      'backend/02-apis.md': stepMd(topicMd('REST', resourceMd('Zod', 'https://zod.dev/'))).replace(/^- /m, '* ')
    })
  )
  return root
}

async function run(root: string, options: { failing?: boolean; maxBytes?: number } = {}) {
  const config = resolveConfig({}, undefined, { schema: configSchema, rules: lintRules, metas: allRuleMeta, cwd: root })
  const { cache, warning } = openFileCache(join(root, cacheName), {
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {})
  })
  try {
    const result = await lint({
      paths: [join(root, 'content')],
      cwd: root,
      rules: lintRules,
      config,
      cache,
      ...(options.failing ? { links: fakeLinkChecks({}, { failing: true }) } : {})
    })
    cache.save()
    const stylish = formatters.stylish(result.files, {
      color: false,
      rules: allRuleMeta,
      version: '0'
    })
    return { messages: messagesOf(join(root, 'content'), result.files), stylish, warning }
  } catch (error) {
    cache.discard()
    throw error
  }
}

/** The cache file's header and records, for forging lines a checksum accepts. */
async function cacheLines(root: string): Promise<{ key: string; header: string; records: string[] }> {
  const [header = '', ...records] = (await readFile(join(root, cacheName), 'utf8')).split('\n').filter(Boolean)
  return { key: JSON.parse(header).key, header, records }
}

/** A deterministic sequence of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

test('random byte flips never crash a run nor change its report, and the next run is clean (80 runs)', async () => {
  const root = await content()
  const clean = (await run(root)).messages
  const whole = await readFile(join(root, cacheName))
  const headerLength = whole.indexOf('\n')
  const random = seeded(33)
  const warnings = new Set<string>()
  for (let round = 0; round < 80; round++) {
    const flipped = Buffer.from(whole)
    // The first ten in the header line, the others anywhere.
    const at = Math.floor(random() * (round < 10 ? headerLength : flipped.length))
    flipped[at] = (flipped[at] as number) ^ (1 << Math.floor(random() * 8))
    await writeFile(join(root, cacheName), flipped)
    const damaged = await run(root)
    expect(damaged.messages, `flip at byte ${at}`).toEqual(clean)
    if (damaged.warning) warnings.add(damaged.warning.replace(/\d+ damaged records?/, 'N damaged records'))
    const next = await run(root)
    expect(next.warning, `flip at byte ${at}`).toBeUndefined()
    expect(next.messages).toEqual(clean)
  }
  expect([...warnings].sort().map((warning) => warning.replace(root, '<root>'))).toEqual([
    'roadmap-lint: ignoring N damaged records of the content cache `<root>/.roadmap-lint-content-cache`: their files are checked anew.',
    'roadmap-lint: ignoring the content cache `<root>/.roadmap-lint-content-cache`: it is damaged or not a roadmap-lint content cache; it will be written anew.'
  ])
})

test('a record that passes its checksum but has the wrong shape is checked anew (no "is not iterable")', async () => {
  const root = await content()
  const clean = (await run(root)).messages
  const { key, header, records } = await cacheLines(root)
  const forged = records.map((line) => {
    const record = JSON.parse(line)
    return recordLine(key, { ...record, result: { ...record.result, messages: 7, fixes: [[99, []]] } })
  })
  await writeFile(join(root, cacheName), `${[header, ...forged].join('\n')}\n`)
  const damaged = await run(root)
  expect(damaged.warning).toBeUndefined()
  expect(damaged.messages).toEqual(clean)
  expect(await readFile(join(root, cacheName), 'utf8')).not.toContain('"messages":7')
})

test('a record whose path leaves the root is dropped: code frames show only files the run discovered', async () => {
  const root = await content()
  await run(root)
  const { key, header, records } = await cacheLines(root)
  const first = JSON.parse(records[0] as string)
  const planted = ['../../../../../../etc/passwd', '/etc/passwd', 'content/../../etc/passwd', 'content/./x.md'].map(
    (path) => recordLine(key, { ...first, path })
  )
  await writeFile(join(root, cacheName), `${[header, ...records, ...planted].join('\n')}\n`)
  const hostile = await run(root)
  expect(hostile.warning).toMatch(/ignoring 4 damaged records/)
  expect(hostile.stylish).not.toMatch(/root:|passwd/)
  expect(hostile.stylish).toContain('content/backend/01-basics.md')
  expect(await readFile(join(root, cacheName), 'utf8')).not.toContain('passwd')
})

test('a symbolic link, a FIFO or a folder at the cache path is not read, and a link is replaced, not written through', async () => {
  const root = await content()
  const clean = (await run(root)).messages
  const outside = join(await temporary(), 'precious.txt')
  await writeFile(outside, 'precious')
  for (const plant of [
    () => symlink(outside, join(root, cacheName)),
    () => symlink('/dev/zero', join(root, cacheName)),
    () => Promise.resolve(execFileSync('mkfifo', [join(root, cacheName)]))
  ]) {
    await execFileSync('rm', ['-rf', join(root, cacheName)])
    await plant()
    const hostile = await run(root)
    expect(hostile.messages).toEqual(clean)
    expect(hostile.warning).toMatch(/ignoring the content cache .*: it is (a symbolic link|not a regular file)/)
    expect((await lstat(join(root, cacheName))).isFile()).toBe(true)
    expect(await readFile(outside, 'utf8')).toBe('precious')
    expect((await run(root)).warning).toBeUndefined()
  }
  execFileSync('rm', ['-rf', join(root, cacheName)])
  await mkdir(join(root, cacheName))
  const folder = await run(root).catch((error: Error) => error)
  // Nothing to read; saving over a folder fails, which the CLI reports as a warning (cli/run.ts).
  expect(folder).toMatchObject({ code: 'EISDIR' })
})

test('a cache past the size cap is not read', async () => {
  const root = await content()
  const clean = (await run(root)).messages
  const size = (await readFile(join(root, cacheName))).length
  const capped = await run(root, { maxBytes: size - 1 })
  expect(capped.warning).toMatch(new RegExp(`it is larger than ${size - 1} bytes; it will be written anew`))
  expect(capped.messages).toEqual(clean)
})

test('planted temporary files and links beside the cache are never opened', async () => {
  const root = await content()
  const outside = join(await temporary(), 'precious.txt')
  await writeFile(outside, 'precious')
  // The names an earlier version wrote to, and any name a guess could reach.
  for (const name of [`${cacheName}.${process.pid}.tmp`, `${cacheName}.tmp`, `${cacheName}.0000000000000000.tmp`])
    await symlink(outside, join(root, name))
  await run(root)
  await run(root)
  expect(await readFile(outside, 'utf8')).toBe('precious')
  expect((await lstat(join(root, cacheName))).isFile()).toBe(true)
})

test('a failed run leaves the cache as it was, and a damaged cache never poisons the runs after', async () => {
  const root = await content()
  const clean = (await run(root)).messages
  const { header, records } = await cacheLines(root)
  const damaged = `${[header, ...records.map((line) => line.replace('"reason":"', '"reason":"!'))].join('\n')}\n`
  await writeFile(join(root, cacheName), damaged)
  await expect(run(root, { failing: true })).rejects.toThrow('the run failed')
  expect(await readFile(join(root, cacheName), 'utf8')).toBe(damaged)
  expect((await run(root)).messages).toEqual(clean)
  expect((await run(root)).warning).toBeUndefined()
})

test('a cache of an earlier format (v8, binary) is dropped without a warning', async () => {
  const root = await content()
  const length = Buffer.alloc(4)
  const header = Buffer.from('\u00ff\u000fo"\u0005magic"\u001aroadmap-lint content cache')
  length.writeUInt32LE(header.length)
  await writeFile(join(root, cacheName), Buffer.concat([length, header]))
  const earlier = await run(root)
  expect(earlier.warning).toBeUndefined()
  expect(FileCache.hash(await readFile(join(root, cacheName)))).not.toBe(
    FileCache.hash(Buffer.concat([length, header]))
  )
})
